-- Page views per story and day, added to in batches from each node's in-memory counters.
create table article_view_count (
    article_id bigint  not null references article (id) on delete cascade,
    view_date  date    not null,
    views      bigint  not null default 0,
    primary key (article_id, view_date)
);
create index ix_article_view_count_date on article_view_count (view_date, article_id);
