-- A source's name and attribution template in the languages other than the default edition's
-- ("Con información de {name}"); the source's own columns hold the default edition's.
-- Portable SQL: runs on PostgreSQL and on H2 in PostgreSQL mode.

create table source_translation (
    source_id   bigint       not null references source (id) on delete cascade,
    language    varchar(16)  not null,
    name        varchar(160) not null,
    attribution varchar(300) not null,
    primary key (source_id, language)
);
