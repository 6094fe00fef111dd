-- A search index rebuild reads published stories in id order, a batch at a time: straight from this
-- index instead of sorting every published story (bodies and all) for each batch.
create index ix_article_status_id on article (status, id);

-- The duplicate-comment check looks for the same commenter's comments on one story.
create index ix_comment_article_email on comment (article_id, author_email);
