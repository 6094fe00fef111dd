package news.dateline.mail;

import java.io.UnsupportedEncodingException;
import java.time.Clock;
import java.util.Date;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.springframework.stereotype.Component;

/**
 * Builds the MIME message of an outbox row: From on the site's domain, the row's fixed
 * Message-ID, a Date, multipart/alternative with the plain-text and HTML parts, and for
 * list mail the RFC 2369 and RFC 8058 unsubscribe headers.
 */
@Component
class MimeMessages {

	private static final String UTF_8 = "UTF-8";

	private final MailProperties properties;

	private final Clock clock;

	MimeMessages(MailProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
	}

	MimeMessage build(Session session, OutboxMessage mail) throws MessagingException {
		MimeMessage message = new FixedIdMessage(session, mail.messageId());
		try {
			message.setFrom(new InternetAddress(this.properties.from(), this.properties.fromName(), UTF_8));
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
		message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.recipient(), true));
		message.setSubject(mail.subject(), UTF_8);
		message.setSentDate(Date.from(this.clock.instant()));
		if (mail.html() != null) {
			MimeMultipart alternative = new MimeMultipart("alternative");
			MimeBodyPart text = new MimeBodyPart();
			text.setText(mail.text(), UTF_8, "plain");
			MimeBodyPart html = new MimeBodyPart();
			html.setText(mail.html(), UTF_8, "html");
			alternative.addBodyPart(text);
			alternative.addBodyPart(html);
			message.setContent(alternative);
		}
		else {
			message.setText(mail.text(), UTF_8, "plain");
		}
		if (mail.unsubscribeUrl() != null) {
			message.setHeader("List-Unsubscribe", "<" + mail.unsubscribeUrl() + ">");
			message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
		}
		message.setHeader("Auto-Submitted", "auto-generated");
		message.saveChanges();
		return message;
	}

	/** A message whose Message-ID stays the one chosen when it was queued. */
	private static final class FixedIdMessage extends MimeMessage {

		private final String messageId;

		FixedIdMessage(Session session, String messageId) {
			super(session);
			this.messageId = messageId;
		}

		@Override
		protected void updateMessageID() throws MessagingException {
			setHeader("Message-ID", this.messageId);
		}

	}

}
