-- Which revisions readers saw: shown_at is when a revision's text went public (null for drafts,
-- embargoed text and edits made while the story was off the site); minor_fix folds a typo fix
-- away on the public versions page.
alter table article_revision add column shown_at timestamp with time zone;
alter table article_revision add column minor_fix boolean default false not null;

-- Stories already live: every revision saved after going live was shown when saved, and the
-- last revision saved before going live was shown at the publication time.
update article_revision set shown_at = saved_at
 where exists (select 1 from article a where a.id = article_revision.article_id
                 and a.status = 'PUBLISHED' and a.published_at < article_revision.saved_at);

update article_revision set shown_at = (select a.published_at from article a where a.id = article_revision.article_id)
 where shown_at is null
   and revision_number = (select max(r2.revision_number) from article_revision r2
                           where r2.article_id = article_revision.article_id
                             and r2.saved_at <= (select a.published_at from article a
                                                  where a.id = article_revision.article_id and a.status = 'PUBLISHED'));

create index ix_article_revision_shown on article_revision (article_id, shown_at);
