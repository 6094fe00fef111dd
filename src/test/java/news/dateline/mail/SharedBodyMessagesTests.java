package news.dateline.mail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.Test;

import news.dateline.support.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Copies of a shared body (a digest edition) are encoded once for all: each copy still
 * carries only its own unsubscribe URL, in its List-Unsubscribe header and in both parts,
 * and both parts decode to the edition's text, in quoted-printable (mostly ASCII) and in
 * base64 (mostly Korean), with Spanish, Korean and emoji in the subject and the body and
 * the URL anywhere in a line.
 */
class SharedBodyMessagesTests {

	private static final String P = Outbox.UNSUBSCRIBE_PLACEHOLDER;

	private final Session session = Session.getInstance(new Properties());

	private final Map<Long, String[]> stored = new java.util.HashMap<>();

	private final MimeMessages messages = new MimeMessages(
			new MailProperties("newsroom@dateline.example", "Dateline — «Noticias»", 50, 4, 100, Duration.ofMinutes(2),
					Duration.ofSeconds(2), 8, Duration.ofMinutes(1), 3),
			new MutableClock(), new SharedBodies(null) {
				@Override
				EncodedBody get(long id) {
					String[] body = SharedBodyMessagesTests.this.stored.get(id);
					return EncodedBody.of(body[0], body[1]);
				}
			});

	@Test
	void eachCopyOfAMostlyAsciiEditionCarriesOnlyItsOwnUnsubscribeUrl() throws Exception {
		String text = "El resumen diario — «Seúl» 북한 🕊️\n\nUna línea larga "
				+ "que pasa de los setenta y seis caracteres, con acentos: áéíóú ñ ü, y espacios al final   \n"
				+ "Darse de baja: " + P + "\nGestionar: " + P + "\n" + "x".repeat(74) + P + "y".repeat(80);
		String html = "<html><body><p style=\"color:#555555;\">Seúl y Pionyang — «acuerdo» 북한 🕊️</p>" + "<a href=\""
				+ P + "\">Darse de baja</a> · <a href=\"" + P + "\">Gestionar</a></body></html>";
		this.stored.put(1L, new String[] { text, html });

		MimeMessage ana = send(1L, "ana@example.org",
				"https://news.example/newsletters/unsubscribe?token=AAA&list=daily");
		MimeMessage bo = send(1L, "bo@example.org",
				"https://news.example/newsletters/unsubscribe?token=BBB&list=daily");

		assertThat(ana.getSubject()).isEqualTo("El resumen diario — «Seúl» 북한 🕊️");
		assertThat(ana.getHeader("Content-Type")[0]).startsWith("multipart/alternative");
		assertThat(ana.getHeader("List-Unsubscribe"))
			.containsExactly("<https://news.example/newsletters/unsubscribe?token=AAA&list=daily>");
		assertThat(ana.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
		assertThat(ana.getMessageID()).isEqualTo("<ana@dateline.example>");
		assertThat(ana.getFrom()[0].toString()).contains("newsroom@dateline.example");
		assertThat(bo.getHeader("List-Unsubscribe"))
			.containsExactly("<https://news.example/newsletters/unsubscribe?token=BBB&list=daily>");
		String aUrl = "https://news.example/newsletters/unsubscribe?token=AAA&list=daily";
		String bUrl = "https://news.example/newsletters/unsubscribe?token=BBB&list=daily";
		assertThat(part(ana, 0)).isEqualTo(crlf(text.replace(P, aUrl))).doesNotContain("BBB");
		assertThat(part(ana, 1)).isEqualTo(crlf(html.replace(P, aUrl.replace("&", "&amp;")))).doesNotContain("BBB");
		assertThat(part(bo, 0)).isEqualTo(crlf(text.replace(P, bUrl))).doesNotContain("AAA");
		assertThat(part(bo, 1)).isEqualTo(crlf(html.replace(P, bUrl.replace("&", "&amp;")))).doesNotContain("AAA");
		assertThat(transferEncodings(ana)).containsExactly("quoted-printable", "quoted-printable");
	}

	@Test
	void aMostlyKoreanEditionIsBase64AndDecodesWhereverTheUrlFalls() throws Exception {
		// each placeholder at another offset modulo three, and one at each end
		for (int shift = 0; shift < 3; shift++) {
			String text = P + "가".repeat(shift) + "북한 소식 🕊️ 오늘의 요약\n" + "한국어 ".repeat(40) + P + "ñ" + P
					+ "가나다".repeat(30 + shift) + "\n" + P;
			String html = "<p>" + "뉴스 ".repeat(50 + shift) + "<a href=\"" + P + "\">구독 취소</a></p>" + "요약".repeat(40);
			long id = 10L + shift;
			this.stored.put(id, new String[] { text, html });
			for (String who : new String[] { "ana", "bo" }) {
				String url = "https://news.example/newsletters/unsubscribe?token=" + who.toUpperCase().repeat(shift + 1)
						+ "&list=daily";
				MimeMessage mail = send(id, who + shift + "@example.org", url);
				assertThat(transferEncodings(mail)).containsExactly("base64", "base64");
				assertThat(part(mail, 0)).isEqualTo(crlf(text.replace(P, url)));
				assertThat(part(mail, 1)).isEqualTo(html.replace(P, url.replace("&", "&amp;")));
				assertThat(mail.getHeader("List-Unsubscribe")).containsExactly("<" + url + ">");
			}
		}
	}

	@Test
	void aPlainTextEditionIsOnePart() throws Exception {
		this.stored.put(20L, new String[] { "Hola — «lectora» 🕊️\n" + P + "\n", null });
		MimeMessage mail = send(20L, "ana@example.org", "https://news.example/u?token=A=B&list=daily");
		assertThat(mail.getContentType()).startsWith("text/plain");
		assertThat(mail.getContent())
			.isEqualTo("Hola — «lectora» 🕊️\r\nhttps://news.example/u?token=A=B&list=daily\r\n");
	}

	/** The copy as the mail server gets it, read back as a reader's client would. */
	private MimeMessage send(long bodyId, String recipient, String url) throws Exception {
		OutboxMessage mail = new OutboxMessage(1,
				"<" + recipient.substring(0, recipient.indexOf('@')) + "@dateline.example>", "digest", recipient,
				subjectOf(bodyId), "", null, url, MailStatus.CLAIMED, 0, null, Instant.now(), null, bodyId);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		this.messages.build(this.session, mail).writeTo(bytes);
		String raw = bytes.toString(StandardCharsets.US_ASCII);
		for (String line : raw.substring(raw.indexOf("\r\n\r\n")).split("\r\n", -1)) {
			assertThat(line.length()).as(line).isLessThanOrEqualTo(76);
		}
		assertThat(raw).doesNotContain("{{").doesNotContain("\r\n.\r\n");
		assertThat(raw.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
		return new MimeMessage(this.session, new ByteArrayInputStream(bytes.toByteArray()));
	}

	private static String subjectOf(long bodyId) {
		return "El resumen diario — «Seúl» 북한 🕊️";
	}

	private static String part(MimeMessage message, int index) throws Exception {
		return (String) ((MimeMultipart) message.getContent()).getBodyPart(index).getContent();
	}

	private static java.util.List<String> transferEncodings(MimeMessage message) throws Exception {
		MimeMultipart parts = (MimeMultipart) message.getContent();
		return java.util.List.of(parts.getBodyPart(0).getHeader("Content-Transfer-Encoding")[0],
				parts.getBodyPart(1).getHeader("Content-Transfer-Encoding")[0]);
	}

	private static String crlf(String text) {
		return text.replace("\n", "\r\n");
	}

}
