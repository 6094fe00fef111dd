package news.dateline.system;

/**
 * Text put into a SQL {@code like} pattern as typed: backslash, {@code %} and {@code _}
 * escaped with a backslash (the queries say {@code escape '\'}).
 */
public final class Like {

	private Like() {
	}

	public static String escape(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
