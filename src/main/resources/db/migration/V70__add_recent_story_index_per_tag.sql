-- "Related stories" reads only the newest stories of each of a story's tags (a bounded window however
-- popular the tag): newest first straight from this index, without sorting all of the tag's stories.
create index ix_article_tag_recent on article_tag (tag_id, article_id desc);
