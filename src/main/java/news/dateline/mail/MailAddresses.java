package news.dateline.mail;

import java.util.Locale;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/**
 * Checks and normalises the addresses readers and staff type: one plain address (no
 * display name, no group, no line break), at most 254 characters, with a dotted domain;
 * kept in lower case.
 */
public final class MailAddresses {

	/** The longest address SMTP carries (RFC 5321 path limit less the brackets). */
	public static final int MAX_LENGTH = 254;

	private MailAddresses() {
	}

	/** The address in lower case, or empty when it is not one plain, valid address. */
	public static java.util.Optional<String> normalise(String input) {
		if (input == null) {
			return java.util.Optional.empty();
		}
		String address = input.strip();
		if (address.isEmpty() || address.length() > MAX_LENGTH || hasLineBreakOrControl(address)) {
			return java.util.Optional.empty();
		}
		try {
			InternetAddress parsed = new InternetAddress(address, true);
			parsed.validate();
			String plain = parsed.getAddress();
			int at = plain.lastIndexOf('@');
			if (!plain.equals(address) || parsed.getPersonal() != null || at < 1 || plain.indexOf('.', at) < 0
					|| plain.endsWith(".")) {
				return java.util.Optional.empty();
			}
			return java.util.Optional.of(plain.toLowerCase(Locale.ROOT));
		}
		catch (AddressException ex) {
			return java.util.Optional.empty();
		}
	}

	/**
	 * Whether the text has a character that could end a header line (CR, LF) or another
	 * control.
	 */
	public static boolean hasLineBreakOrControl(String text) {
		return text.chars().anyMatch((c) -> c < 0x20 || c == 0x7f || c == 0x2028 || c == 0x2029 || c == 0x85);
	}

}
