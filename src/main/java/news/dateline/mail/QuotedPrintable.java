package news.dateline.mail;

import java.io.ByteArrayOutputStream;

/**
 * Quoted-printable (RFC 2045) for {@link EncodedBody}: CRLF in the bytes is a hard line
 * break, every other line is cut by soft line breaks before 76 characters, and a piece
 * may end with a soft line break so that what follows it starts a line of its own.
 */
final class QuotedPrintable {

	private static final byte[] HEX = "0123456789ABCDEF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

	/** The longest line before its soft break's "=". */
	private static final int LINE = 75;

	private QuotedPrintable() {
	}

	/**
	 * Encodes the bytes (whose line breaks are CRLF), ending with a soft line break when
	 * {@code softBreakAtEnd} and the last line is not empty.
	 */
	static byte[] encode(byte[] bytes, boolean softBreakAtEnd) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + bytes.length / 8 + 8);
		int column = 0;
		for (int i = 0; i < bytes.length; i++) {
			int b = bytes[i] & 0xff;
			if (b == '\r' && i + 1 < bytes.length && bytes[i + 1] == '\n') {
				out.write('\r');
				out.write('\n');
				column = 0;
				i++;
				continue;
			}
			boolean lastOfLine = i + 1 == bytes.length || bytes[i + 1] == '\r';
			boolean plain = (b >= 33 && b <= 126 && b != '=') || ((b == ' ' || b == '\t') && !lastOfLine);
			int width = plain ? 1 : 3;
			if (column + width > LINE) {
				out.write('=');
				out.write('\r');
				out.write('\n');
				column = 0;
			}
			if (plain) {
				out.write(b);
			}
			else {
				out.write('=');
				out.write(HEX[b >> 4]);
				out.write(HEX[b & 0xf]);
			}
			column += width;
		}
		if (softBreakAtEnd && column > 0) {
			out.write('=');
			out.write('\r');
			out.write('\n');
		}
		return out.toByteArray();
	}

}
