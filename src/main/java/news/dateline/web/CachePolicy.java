package news.dateline.web;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The {@code Cache-Control} of public pages: shared caches may keep a page briefly, unless it holds
 * something of one reader's (their saved details, their held comment, a form they sent).
 */
final class CachePolicy {

	static final String PUBLIC = "public, max-age=60, stale-while-revalidate=600";

	static final String PERSONAL = "private, no-store";

	private CachePolicy() {
	}

	static void apply(HttpServletResponse response, boolean personal) {
		response.setHeader("Cache-Control", personal ? PERSONAL : PUBLIC);
		if (!personal) {
			response.setHeader("Vary", "Cookie");
		}
	}

}
