-- Digests: each edition of a digest list (the daily digest of one day, a section's weekly digest of one
-- week) is one newsletter_issue row, made once across nodes by the unique (list_key, edition). Its
-- subscribers are queued a page at a time in id order; each page's mails and the advance of
-- queued_through commit together, and a page is taken only where queued_through still has the value it
-- was read with, so after a crash, a restart or a second node no subscriber is queued twice.
alter table newsletter_issue add column edition varchar(40);
alter table newsletter_issue add column queued_through bigint not null default 0;
alter table newsletter_issue add column finished_at timestamp with time zone;
-- A digest is rendered once, when its edition opens; each subscriber's copy only fills in their own
-- unsubscribe and manage links, so every copy lists the same stories, whenever it is queued.
alter table newsletter_issue add column text_body varchar(200000);
alter table newsletter_issue add column html_body varchar(400000);
alter table newsletter_issue add constraint uk_newsletter_issue_edition unique (list_key, edition);
create index ix_newsletter_issue_unfinished on newsletter_issue (finished_at, id);

-- When each digest list goes out, in the site's time zone: the daily digest every day at send_time, a
-- weekly digest on weekday (1 = Monday ... 7 = Sunday) at send_time. Lists without a row use the
-- defaults of dateline.newsletter.*.
create table newsletter_schedule (
    list_key   varchar(140) primary key,
    send_time  varchar(5)   not null,
    weekday    integer,
    changed_at timestamp with time zone not null,
    constraint ck_newsletter_schedule_weekday check (weekday is null or weekday between 1 and 7)
);
