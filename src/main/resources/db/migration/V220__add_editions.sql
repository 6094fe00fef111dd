-- Editions: every story has a language, and may belong to a translation group that holds at most one
-- story per language (the group's id is that of its original story). A section's, a tag's and an
-- author's own columns are those of the default edition (English); these tables hold their names,
-- slugs and bios in the other languages. Existing rows become English.
-- Portable SQL: runs on PostgreSQL and on H2 in PostgreSQL mode.

alter table article add column language varchar(16) not null default 'en';
alter table article add column translation_group bigint;
alter table article add constraint uk_article_translation unique (translation_group, language);

-- Lists (home, section) of one edition read its newest live stories first.
create index ix_article_language_live on article (language, status, published_at desc, id desc);
create index ix_article_section_language_live on article (section_id, language, status, published_at desc,
    id desc);

create table section_translation (
    section_id  bigint        not null references section (id) on delete cascade,
    language    varchar(16)   not null,
    name        varchar(120)  not null,
    slug        varchar(80)   not null,
    description varchar(1000),
    primary key (section_id, language),
    constraint uk_section_translation_slug unique (language, slug)
);

create table tag_translation (
    tag_id   bigint       not null references tag (id) on delete cascade,
    language varchar(16)  not null,
    name     varchar(120) not null,
    slug     varchar(80)  not null,
    primary key (tag_id, language),
    constraint uk_tag_translation_slug unique (language, slug)
);

create table author_bio (
    author_id bigint        not null references author (id) on delete cascade,
    language  varchar(16)   not null,
    bio       varchar(2000) not null,
    primary key (author_id, language)
);
