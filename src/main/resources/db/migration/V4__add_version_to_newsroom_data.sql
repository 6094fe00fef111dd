-- Editors' forms for bylines, sections, tags and sources carry the row version, so two editors
-- saving the same row get a conflict instead of a silent overwrite.

alter table author add column version bigint not null default 0;
alter table section add column version bigint not null default 0;
alter table tag add column version bigint not null default 0;
alter table source add column version bigint not null default 0;
