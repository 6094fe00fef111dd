package news.dateline.source;

/**
 * What kind of source a story is based on.
 */
public enum SourceKind {

	WIRE, PARTNER, STAFF, PRESS_RELEASE

}
