package news.dateline.notification;

/** How a moderator hears of held comments and error reports. */
public enum ModerationMail {

	/** No mail. */
	OFF,

	/** One mail per held comment or report, written in the same transaction. */
	AT_ONCE,

	/** One mail an hour listing what arrived, none when nothing did. */
	HOURLY

}
