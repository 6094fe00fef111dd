package news.dateline.user;

import java.nio.charset.StandardCharsets;

import news.dateline.system.FieldRejectedException;

/**
 * What a staff password must be: at least 12 characters, and at most 72 bytes (BCrypt
 * reads no further, and Spring Security refuses longer ones rather than cut them
 * silently).
 */
final class PasswordPolicy {

	static final int MIN_LENGTH = 12;

	static final int MAX_BYTES = 72;

	private PasswordPolicy() {
	}

	static void check(String field, String password) {
		if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
			throw new FieldRejectedException(field, "password.too-short");
		}
		if (!fits(password)) {
			throw new FieldRejectedException(field, "password.too-long");
		}
	}

	/** Whether the encoder can take the password at all. */
	static boolean fits(String password) {
		return password.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
	}

}
