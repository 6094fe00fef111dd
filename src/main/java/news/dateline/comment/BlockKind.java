package news.dateline.comment;

/**
 * What a moderator blocks: a commenter's email, or the keyed hash of their address.
 */
public enum BlockKind {

	EMAIL, IP_HASH

}
