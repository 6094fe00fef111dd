package news.dateline.web;

import java.util.regex.Pattern;

/**
 * Tells crawlers, feed fetchers and scripts from readers by their {@code User-Agent}, so
 * "Most read" counts people. A missing user agent counts as a bot.
 */
final class Bots {

	private static final Pattern BOT = Pattern
		.compile("(?i)bot|crawl|spider|slurp|archiver|fetch|scrape|preview|monitor|lighthouse|headlesschrome|"
				+ "facebookexternalhit|embedly|feed|rss|curl|wget|python-|java/|okhttp|go-http|httpclient|libwww|wrk|"
				+ "apachebench|siege|k6/");

	private Bots() {
	}

	static boolean isBot(String userAgent) {
		return userAgent == null || userAgent.isBlank() || BOT.matcher(userAgent).find();
	}

}
