package news.dateline.web;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The {@code Cache-Control} of public pages: browsers may keep a page a minute, shared
 * caches in front (Varnish, a CDN) five minutes, since Dateline purges them by content
 * key on every change; nobody keeps a page that holds something of one reader's (their
 * saved details, their held comment, a form they sent).
 */
final class CachePolicy {

	static final String PUBLIC = "public, max-age=60, s-maxage=300, stale-while-revalidate=600";

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
