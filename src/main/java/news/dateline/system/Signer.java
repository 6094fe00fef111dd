package news.dateline.system;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * Signs and checks small values (form tokens, preview links, cookies) and hashes
 * commenters' IP addresses, all with one HMAC key. The key is made on first use and kept
 * in the database, so every node of a cluster shares it and the repository holds no
 * secret.
 */
@Component
public class Signer {

	private static final String KEY_NAME = "signing-key";

	private static final String ALGORITHM = "HmacSHA256";

	private final SiteSettings settings;

	private volatile SecretKeySpec key;

	public Signer(SiteSettings settings) {
		this.settings = settings;
	}

	/** A URL-safe signature of the value. */
	public String sign(String value) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(mac(value));
	}

	/** Whether the signature was made by {@link #sign(String)} for this value. */
	public boolean verify(String value, String signature) {
		if (value == null || signature == null) {
			return false;
		}
		byte[] expected = mac(value);
		byte[] given;
		try {
			given = Base64.getUrlDecoder().decode(signature);
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
		return MessageDigest.isEqual(expected, given);
	}

	/**
	 * A keyed hash of a client address: stable across nodes, not reversible without the
	 * key.
	 */
	public String hashAddress(String address) {
		return HexFormat.of().formatHex(mac("ip:" + address), 0, 16);
	}

	private byte[] mac(String value) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(key());
			return mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is not available", ex);
		}
	}

	private SecretKeySpec key() {
		SecretKeySpec current = this.key;
		if (current == null) {
			synchronized (this) {
				if (this.key == null) {
					this.key = new SecretKeySpec(Base64.getDecoder().decode(loadOrCreate()), ALGORITHM);
				}
				current = this.key;
			}
		}
		return current;
	}

	private String loadOrCreate() {
		byte[] bytes = new byte[32];
		new SecureRandom().nextBytes(bytes);
		return this.settings.putIfAbsent(KEY_NAME, Base64.getEncoder().encodeToString(bytes));
	}

}
