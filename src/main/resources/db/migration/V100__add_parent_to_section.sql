-- A section may sit under another (World > Europe), as WordPress's categories do; null for a top-level one.
alter table section add column parent_id bigint references section (id);
