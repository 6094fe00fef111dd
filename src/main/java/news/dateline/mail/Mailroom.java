package news.dateline.mail;

import java.util.Map;

import org.springframework.stereotype.Service;

import news.dateline.system.SiteProperties;

/**
 * Where the other modules hand in their mail: renders a mail template and queues the
 * result in the {@link Outbox}, in the caller's transaction, so a mail leaves only if
 * what it tells of was stored. List mail carries each recipient's one-click unsubscribe
 * URL.
 */
@Service
public class Mailroom {

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

}
