-- "Send as alert": an editor asked, when publishing (or scheduling) a story, for a breaking-news alert
-- about it. The alert goes out in the transaction that puts the story live; sent_at is set once, so
-- publishing again, re-saving or a second node never sends a second alert about the same story.
create table newsletter_story_alert (
    article_id   bigint primary key,
    requested_at timestamp with time zone not null,
    sent_at      timestamp with time zone,
    issue_id     bigint
);
