package news.dateline.comment;

/**
 * Why the moderation rules did not approve a comment at once; moderators see it beside
 * the comment.
 */
public enum HoldReason {

	FIRST_TIME_COMMENTER, TOO_MANY_LINKS, BANNED_WORD, HONEYPOT, TOO_FAST, BLOCKED

}
