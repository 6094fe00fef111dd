-- Addresses a story had on the site it was imported from (WordPress permalinks such as
-- /2024/06/20/some-slug or /?p=123), answered with a permanent redirect to the story's URL here.
create table legacy_redirect (
    path       varchar(500) primary key,
    article_id bigint not null references article (id) on delete cascade
);
create index ix_legacy_redirect_article on legacy_redirect (article_id);
