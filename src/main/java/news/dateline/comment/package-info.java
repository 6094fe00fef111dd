/**
 * Readers' comments: the threaded "Leave a Reply" discussion under each story, and the
 * moderation rules that decide at submission whether a comment shows, waits for a
 * moderator or goes to spam.
 */
package news.dateline.comment;
