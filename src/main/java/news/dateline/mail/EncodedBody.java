package news.dateline.mail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * A shared body ({@link Outbox#storeBody}) encoded for MIME once, for every copy: the
 * multipart/alternative body (or a lone plain-text part) with each part already in its
 * transfer encoding, quoted-printable when the text is mostly ASCII and base64 when it is
 * not, as Jakarta Mail would choose. Only each copy's unsubscribe URL (put in for
 * {@link Outbox#UNSUBSCRIBE_PLACEHOLDER}, HTML-escaped in the HTML part) is encoded per
 * copy, so that the encoding stays valid: in quoted-printable every piece and every URL
 * begins on a line of its own, joined by soft line breaks that a reader's mail client
 * drops; in base64 every piece is encoded ahead in whole groups of three bytes for each
 * of the three ways the bytes before it can end, and only the groups where a URL meets
 * the text around it are encoded per copy. Line breaks in the text are written as CRLF.
 */
final class EncodedBody {

	private static final byte[] CRLF = { '\r', '\n' };

	private static final String UTF_8 = "charset=UTF-8";

	/** The message's Content-Type. */
	private final String contentType;

	/** The message's Content-Transfer-Encoding, or null for a multipart body. */
	private final String transferEncoding;

	/** Literal bytes (byte[]) and parts ({@link Part}), in order. */
	private final List<Object> chunks;

	private EncodedBody(String contentType, String transferEncoding, List<Object> chunks) {
		this.contentType = contentType;
		this.transferEncoding = transferEncoding;
		this.chunks = chunks;
	}

	/** Encodes the text (and the HTML part, when there is one) once. */
	static EncodedBody of(String text, String html) {
		Part plain = Part.of(text, false);
		if (html == null) {
			return new EncodedBody("text/plain; " + UTF_8, plain.encoding(), List.of(plain));
		}
		Part rich = Part.of(html, true);
		String boundary = "=_dateline_" + UUID.randomUUID();
		List<Object> chunks = new ArrayList<>();
		chunks.add(ascii("--" + boundary + "\r\nContent-Type: text/plain; " + UTF_8 + "\r\nContent-Transfer-Encoding: "
				+ plain.encoding() + "\r\n\r\n"));
		chunks.add(plain);
		chunks.add(ascii("\r\n--" + boundary + "\r\nContent-Type: text/html; " + UTF_8
				+ "\r\nContent-Transfer-Encoding: " + rich.encoding() + "\r\n\r\n"));
		chunks.add(rich);
		chunks.add(ascii("\r\n--" + boundary + "--\r\n"));
		return new EncodedBody("multipart/alternative;\r\n\tboundary=\"" + boundary + "\"", null, List.copyOf(chunks));
	}

	String contentType() {
		return this.contentType;
	}

	String transferEncoding() {
		return this.transferEncoding;
	}

	/** Writes one copy's body, with its unsubscribe URL (or nothing, when null). */
	void writeTo(OutputStream out, String unsubscribeUrl) throws IOException {
		String url = (unsubscribeUrl != null) ? unsubscribeUrl : "";
		for (Object chunk : this.chunks) {
			if (chunk instanceof byte[] bytes) {
				out.write(bytes);
			}
			else {
				((Part) chunk).writeTo(out, url);
			}
		}
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.US_ASCII);
	}

	/**
	 * One text part: its pieces between the placeholders, encoded ahead.
	 *
	 * @param html whether the URL goes in HTML-escaped
	 * @param base64 base64 rather than quoted-printable
	 * @param pieces each piece's bytes
	 * @param encoded quoted-printable: each piece encoded; base64: per piece, three
	 * encodings (skipping its first 0, 1 or 2 bytes), each of whole groups
	 */
	private record Part(boolean html, boolean base64, List<byte[]> pieces, List<byte[][]> encoded) {

		static Part of(String text, boolean html) {
			String canonical = text.replace("\r\n", "\n").replace('\r', '\n').replace("\n", "\r\n");
			List<byte[]> pieces = new ArrayList<>();
			for (String piece : canonical.split(java.util.regex.Pattern.quote(Outbox.UNSUBSCRIBE_PLACEHOLDER), -1)) {
				pieces.add(piece.getBytes(StandardCharsets.UTF_8));
			}
			long nonAscii = pieces.stream()
				.mapToLong((
						bytes) -> java.util.stream.IntStream.range(0, bytes.length).filter((i) -> bytes[i] < 0).count())
				.sum();
			long all = pieces.stream().mapToLong((bytes) -> bytes.length).sum();
			boolean base64 = nonAscii * 2 > all;
			List<byte[][]> encoded = new ArrayList<>();
			for (int i = 0; i < pieces.size(); i++) {
				byte[] piece = pieces.get(i);
				if (base64) {
					byte[][] skips = new byte[3][];
					for (int skip = 0; skip < 3; skip++) {
						skips[skip] = (skip <= piece.length) ? groups(piece, skip) : new byte[0];
					}
					encoded.add(skips);
				}
				else {
					encoded.add(new byte[][] { QuotedPrintable.encode(piece, i < pieces.size() - 1) });
				}
			}
			return new Part(html, base64, pieces, encoded);
		}

		String encoding() {
			return this.base64 ? "base64" : "quoted-printable";
		}

		void writeTo(OutputStream out, String url) throws IOException {
			byte[] value = (this.html ? url.replace("&", "&amp;").replace("\"", "&quot;") : url)
				.getBytes(StandardCharsets.UTF_8);
			if (!this.base64) {
				for (int i = 0; i < this.pieces.size(); i++) {
					if (i > 0) {
						out.write(QuotedPrintable.encode(value, true));
					}
					out.write(this.encoded.get(i)[0]);
				}
				return;
			}
			ByteArrayOutputStream carry = new ByteArrayOutputStream(3);
			for (int i = 0; i < this.pieces.size(); i++) {
				if (i > 0) {
					carry.write(value);
					carry = flushGroups(out, carry.toByteArray());
				}
				byte[] piece = this.pieces.get(i);
				int skip = (3 - carry.size()) % 3;
				if (piece.length < skip) {
					carry.write(piece);
					carry = flushGroups(out, carry.toByteArray());
					continue;
				}
				carry.write(piece, 0, skip);
				flushGroups(out, carry.toByteArray());
				out.write(this.encoded.get(i)[skip]);
				carry = new ByteArrayOutputStream(3);
				int whole = skip + (piece.length - skip) / 3 * 3;
				carry.write(piece, whole, piece.length - whole);
			}
			byte[] rest = carry.toByteArray();
			if (rest.length > 0) {
				out.write(Base64.getMimeEncoder().encode(rest));
				out.write(CRLF);
			}
		}

		/**
		 * Writes the whole groups of the bytes (as base64 lines) and returns what is left
		 * (0 to 2 bytes).
		 */
		private static ByteArrayOutputStream flushGroups(OutputStream out, byte[] bytes) throws IOException {
			int whole = bytes.length / 3 * 3;
			if (whole > 0) {
				out.write(Base64.getMimeEncoder().encode(java.util.Arrays.copyOf(bytes, whole)));
				out.write(CRLF);
			}
			ByteArrayOutputStream rest = new ByteArrayOutputStream(3);
			rest.write(bytes, whole, bytes.length - whole);
			return rest;
		}

		/** The whole groups of the piece after its first {@code skip} bytes, as lines. */
		private static byte[] groups(byte[] piece, int skip) {
			int whole = (piece.length - skip) / 3 * 3;
			if (whole == 0) {
				return new byte[0];
			}
			byte[] lines = Base64.getMimeEncoder().encode(java.util.Arrays.copyOfRange(piece, skip, skip + whole));
			byte[] withEnd = java.util.Arrays.copyOf(lines, lines.length + 2);
			withEnd[lines.length] = '\r';
			withEnd[lines.length + 1] = '\n';
			return withEnd;
		}

	}

}
