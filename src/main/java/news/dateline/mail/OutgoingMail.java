package news.dateline.mail;

/**
 * One mail to queue: its kind (for the admin's outbox), one recipient, the subject and
 * both bodies, and for list mail the one-click unsubscribe URL and the newsletter issue
 * it belongs to.
 *
 * @param kind a short name such as {@code password-reset} or {@code digest}
 * @param recipient one address
 * @param subject the subject line, one line
 * @param text the plain-text part
 * @param html the HTML part, or null for a plain-text mail
 * @param unsubscribeUrl the HTTPS URL for {@code List-Unsubscribe}, or null
 * @param issueId the newsletter issue, or null
 * @param bodyId a body stored once for many mails ({@link Outbox#storeBody}), or null
 */
public record OutgoingMail(String kind, String recipient, String subject, String text, String html,
		String unsubscribeUrl, Long issueId, Long bodyId) {

	/** A transactional mail (no list, no unsubscribe). */
	public static OutgoingMail of(String kind, String recipient, RenderedMail rendered) {
		return new OutgoingMail(kind, recipient, rendered.subject(), rendered.text(), rendered.html(), null, null,
				null);
	}

	/** A list mail with its one-click unsubscribe URL. */
	public static OutgoingMail list(String kind, String recipient, RenderedMail rendered, String unsubscribeUrl,
			Long issueId) {
		return new OutgoingMail(kind, recipient, rendered.subject(), rendered.text(), rendered.html(), unsubscribeUrl,
				issueId, null);
	}

	/**
	 * A list mail whose body is stored once for many ({@link Outbox#storeBody}); its own
	 * unsubscribe URL is put in for {@link Outbox#UNSUBSCRIBE_PLACEHOLDER}.
	 */
	public static OutgoingMail shared(String kind, String recipient, String subject, long bodyId, String unsubscribeUrl,
			Long issueId) {
		return new OutgoingMail(kind, recipient, subject, null, null, unsubscribeUrl, issueId, bodyId);
	}

}
