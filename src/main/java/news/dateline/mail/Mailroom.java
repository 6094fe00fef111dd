package news.dateline.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import news.dateline.system.SiteProperties;

/**
 * Where the other modules hand in their mail: renders a mail template and queues the
 * result in the {@link Outbox}, in the caller's transaction, so a mail leaves only if
 * what it tells of was stored. List mail carries each recipient's one-click unsubscribe
 * URL; a list mail for many is rendered and stored once ({@link #prepareList}) and queued
 * as cheap rows that share that body ({@link #sendList}).
 */
@Service
public class Mailroom {

	/**
	 * Stands for each recipient's own unsubscribe URL in a list mail prepared for many
	 * ({@link #prepareList}).
	 */
	public static final String UNSUBSCRIBE_URL = Outbox.UNSUBSCRIBE_PLACEHOLDER;

	private final MailTemplates templates;

	private final Outbox outbox;

	private final SiteProperties site;

	Mailroom(MailTemplates templates, Outbox outbox, SiteProperties site) {
		this.templates = templates;
		this.outbox = outbox;
		this.site = site;
	}

	/**
	 * Queues one mail to one person, of the kind the template names, its subject naming
	 * the site.
	 */
	public void send(String template, String recipient, Map<String, Object> variables) {
		this.outbox
			.queue(OutgoingMail.of(template, recipient, this.templates.render(template, variables, this.site.name())));
	}

	/**
	 * Queues one list mail to one person, with its one-click unsubscribe URL (for
	 * {@code List-Unsubscribe}).
	 */
	public void sendToList(String kind, String template, String recipient, Map<String, Object> variables,
			String unsubscribeUrl, Object... subjectArgs) {
		this.outbox.queue(OutgoingMail.list(kind, recipient, this.templates.render(template, variables, subjectArgs),
				unsubscribeUrl, null));
	}

	/**
	 * Renders a list mail once and stores its body for many recipients, in the caller's
	 * transaction. Wherever a recipient's own unsubscribe URL belongs, the variables
	 * carry {@link Outbox#UNSUBSCRIBE_PLACEHOLDER}; each queued row puts its own URL in.
	 */
	public ListMail prepareList(String kind, String template, Map<String, Object> variables, Object... subjectArgs) {
		RenderedMail rendered = this.templates.render(template, variables, subjectArgs);
		return new ListMail(kind, rendered.subject(), this.outbox.storeBody(rendered.text(), rendered.html()));
	}

	/**
	 * Queues a prepared list mail for a page of recipients in one batch, in the caller's
	 * transaction.
	 * @param unsubscribeUrls each recipient's address and one-click unsubscribe URL
	 * @param issueId the newsletter issue the mails belong to, or null
	 */
	public void sendList(ListMail mail, Map<String, String> unsubscribeUrls, Long issueId) {
		List<OutgoingMail> mails = new ArrayList<>(unsubscribeUrls.size());
		unsubscribeUrls.forEach((recipient, unsubscribeUrl) -> mails
			.add(OutgoingMail.shared(mail.kind(), recipient, mail.subject(), mail.bodyId(), unsubscribeUrl, issueId)));
		this.outbox.queueAll(mails);
	}

	/**
	 * A list mail rendered once and stored for many recipients.
	 *
	 * @param kind the kind of mail, such as {@code digest}
	 * @param subject the subject line
	 * @param bodyId the shared body ({@link Outbox#storeBody})
	 */
	public record ListMail(String kind, String subject, long bodyId) {
	}

}
