package news.dateline.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

import news.dateline.system.Signer;

/**
 * The commenter's two cookies. {@code dateline_commenter} keeps name, email and website
 * to fill in the form next time, set only with the commenter's consent.
 * {@code dateline_held} lists, signed, the commenter's own comments that wait for
 * moderation, so they (and nobody else) see them marked "awaiting moderation". A request
 * with either gets a personal, uncached page.
 */
@Component
class CommenterCookie {

	static final String SAVED = "dateline_commenter";

	static final String HELD = "dateline_held";

	private static final int MAX_HELD = 10;

	private final Signer signer;

	CommenterCookie(Signer signer) {
		this.signer = signer;
	}

	/** Whether the request carries anything that makes its pages personal. */
	static boolean isPersonal(HttpServletRequest request) {
		return value(request, SAVED).isPresent() || value(request, HELD).isPresent();
	}

	Optional<Saved> saved(HttpServletRequest request) {
		return value(request, SAVED).flatMap((raw) -> {
			try {
				String[] parts = new String(Base64.getUrlDecoder().decode(raw), StandardCharsets.UTF_8).split("\n", -1);
				return (parts.length == 3) ? Optional.of(new Saved(parts[0], parts[1], parts[2])) : Optional.empty();
			}
			catch (IllegalArgumentException ex) {
				return Optional.empty();
			}
		});
	}

	void save(HttpServletRequest request, HttpServletResponse response, Saved saved) {
		String raw = String.join("\n", saved.name(), saved.email(), saved.website());
		add(request, response, SAVED,
				Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8)),
				Duration.ofDays(365));
	}

	void forget(HttpServletRequest request, HttpServletResponse response) {
		add(request, response, SAVED, "", Duration.ZERO);
	}

	/** The held comment ids whose signatures check out. */
	Set<Long> heldIds(HttpServletRequest request) {
		Set<Long> ids = new LinkedHashSet<>();
		value(request, HELD).ifPresent((raw) -> {
			for (String entry : raw.split("\\|")) {
				int dot = entry.indexOf('.');
				if (dot > 0 && entry.substring(0, dot).matches("\\d{1,18}")
						&& this.signer.verify("held:" + entry.substring(0, dot), entry.substring(dot + 1))) {
					ids.add(Long.valueOf(entry.substring(0, dot)));
				}
			}
		});
		return ids;
	}

	void addHeld(HttpServletRequest request, HttpServletResponse response, Long commentId) {
		List<Long> ids = new ArrayList<>(heldIds(request));
		ids.add(commentId);
		List<String> entries = ids.subList(Math.max(0, ids.size() - MAX_HELD), ids.size())
			.stream()
			.map((id) -> id + "." + this.signer.sign("held:" + id))
			.toList();
		add(request, response, HELD, String.join("|", entries), Duration.ofDays(7));
	}

	/**
	 * Sets a cookie: HttpOnly, SameSite=Lax, and Secure when the request came over HTTPS.
	 */
	private static void add(HttpServletRequest request, HttpServletResponse response, String name, String value,
			Duration maxAge) {
		ResponseCookie cookie = ResponseCookie.from(name, value)
			.path("/")
			.httpOnly(true)
			.sameSite("Lax")
			.secure(request.isSecure())
			.maxAge(maxAge)
			.build();
		response.addHeader("Set-Cookie", cookie.toString());
	}

	private static Optional<String> value(HttpServletRequest request, String name) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return Optional.empty();
		}
		for (Cookie cookie : cookies) {
			if (cookie.getName().equals(name) && !cookie.getValue().isEmpty()) {
				return Optional.of(cookie.getValue());
			}
		}
		return Optional.empty();
	}

	/** What the commenter asked us to remember. */
	record Saved(String name, String email, String website) {

		Saved {
			website = (website == null) ? "" : website;
		}

	}

}
