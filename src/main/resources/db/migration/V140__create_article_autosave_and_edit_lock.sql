-- The editor's safety net. An autosave keeps what a staff member's open editor holds, every few
-- seconds, without making a revision or touching the story (one row per story and staff member,
-- dropped when they save). An edit lock says who has the story open in the editor, kept alive by
-- the editor's heartbeat; another editor sees it and may take the story over.
-- Portable SQL: runs on PostgreSQL and on H2 in PostgreSQL mode.

create table article_autosave (
    article_id       bigint         not null references article (id) on delete cascade,
    user_id          bigint         not null,
    headline         varchar(300)   not null,
    deck             varchar(600),
    dateline_city    varchar(100),
    dateline_country varchar(100),
    body_markdown    varchar(300000) not null,
    tags             varchar(1000),
    seo_title        varchar(300),
    seo_description  varchar(600),
    base_version     bigint         not null,
    saved_at         timestamp with time zone not null,
    primary key (article_id, user_id)
);

create table article_edit_lock (
    article_id   bigint       not null primary key references article (id) on delete cascade,
    user_id      bigint       not null,
    user_name    varchar(120) not null,
    since        timestamp with time zone not null,
    heartbeat_at timestamp with time zone not null
);
