package news.dateline.mail;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.Enumeration;

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
 * list mail the RFC 2369 and RFC 8058 unsubscribe headers. A copy of a shared body (a
 * digest edition) is not encoded again: its body was encoded once for every copy
 * ({@link SharedBodies}), and only its headers and unsubscribe URL are its own.
 */
@Component
class MimeMessages {

	private static final String UTF_8 = "UTF-8";

	private static final byte[] CRLF = { '\r', '\n' };

	private final MailProperties properties;

	private final Clock clock;

	private final SharedBodies bodies;

	MimeMessages(MailProperties properties, Clock clock, SharedBodies bodies) {
		this.properties = properties;
		this.clock = clock;
		this.bodies = bodies;
	}

	MimeMessage build(Session session, OutboxMessage mail) throws MessagingException {
		if (mail.bodyId() != null) {
			EncodedBody body = this.bodies.get(mail.bodyId());
			MimeMessage message = new PreparedMessage(session, body, mail.unsubscribeUrl());
			headers(message, mail);
			message.setHeader("Message-ID", mail.messageId());
			message.setHeader("MIME-Version", "1.0");
			message.setHeader("Content-Type", body.contentType());
			if (body.transferEncoding() != null) {
				message.setHeader("Content-Transfer-Encoding", body.transferEncoding());
			}
			return message;
		}
		MimeMessage message = new FixedIdMessage(session, mail.messageId());
		headers(message, mail);
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
		message.saveChanges();
		return message;
	}

	/** The headers every mail carries, besides its body's. */
	private void headers(MimeMessage message, OutboxMessage mail) throws MessagingException {
		try {
			message.setFrom(new InternetAddress(this.properties.from(), this.properties.fromName(), UTF_8));
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
		message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.recipient(), true));
		message.setSubject(mail.subject(), UTF_8);
		message.setSentDate(Date.from(this.clock.instant()));
		if (mail.unsubscribeUrl() != null) {
			message.setHeader("List-Unsubscribe", "<" + mail.unsubscribeUrl() + ">");
			message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
		}
		message.setHeader("Auto-Submitted", "auto-generated");
	}

	/**
	 * A copy of a shared body: its headers as set, then the body encoded once
	 * ({@link EncodedBody}) with this copy's unsubscribe URL; never re-encoded.
	 */
	private static final class PreparedMessage extends MimeMessage {

		private final EncodedBody body;

		private final String unsubscribeUrl;

		PreparedMessage(Session session, EncodedBody body, String unsubscribeUrl) {
			super(session);
			this.body = body;
			this.unsubscribeUrl = unsubscribeUrl;
		}

		@Override
		public void saveChanges() {
			// the headers are complete as set, and the body is written as encoded
		}

		@Override
		public void writeTo(OutputStream out, String[] ignoreList) throws IOException, MessagingException {
			Enumeration<String> lines = getNonMatchingHeaderLines(ignoreList);
			while (lines.hasMoreElements()) {
				out.write(lines.nextElement().getBytes(StandardCharsets.UTF_8));
				out.write(CRLF);
			}
			out.write(CRLF);
			this.body.writeTo(out, this.unsubscribeUrl);
			out.flush();
		}

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
