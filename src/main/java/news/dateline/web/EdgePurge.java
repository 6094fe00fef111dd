package news.dateline.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import news.dateline.system.ContentKeys;

/**
 * Purges the HTTP caches in front of the nodes by content key: a {@code PURGE} request to
 * each configured URL with the keys in an {@code xkey-purge} header and the shared secret
 * in {@code X-Purge-Secret}, sent without holding up the request that made the change. A
 * purge that fails is logged; the edge then keeps the page until its {@code s-maxage}
 * runs out.
 */
@Component
class EdgePurge {

	static final String KEYS_HEADER = "xkey-purge";

	static final String SECRET_HEADER = "X-Purge-Secret";

	/** Keys per request: Varnish takes header lines of up to 8 KB by default. */
	static final int MAX_HEADER_LENGTH = 4000;

	private static final Logger log = LoggerFactory.getLogger(EdgePurge.class);

	private final EdgeCacheSettings settings;

	private final HttpClient client;

	EdgePurge(EdgeCacheSettings settings) {
		this.settings = settings;
		this.client = settings.enabled() ? HttpClient.newBuilder().connectTimeout(settings.timeout()).build() : null;
	}

	/**
	 * Sends the purge to every cache; the future completes when all have answered (or
	 * failed).
	 */
	CompletableFuture<Void> purge(Collection<String> keys) {
		if (!this.settings.enabled() || keys.isEmpty()) {
			return CompletableFuture.completedFuture(null);
		}
		List<CompletableFuture<?>> sent = new ArrayList<>();
		for (String header : ContentKeys.joined(keys, MAX_HEADER_LENGTH)) {
			for (String url : this.settings.purgeUrls()) {
				HttpRequest request = HttpRequest.newBuilder(URI.create(url))
					.timeout(this.settings.timeout())
					.method("PURGE", HttpRequest.BodyPublishers.noBody())
					.header(KEYS_HEADER, header)
					.header(SECRET_HEADER, this.settings.secret())
					.build();
				sent.add(this.client.sendAsync(request, HttpResponse.BodyHandlers.discarding())
					.thenAccept((response) -> {
						if (response.statusCode() != 200) {
							log.warn("The HTTP cache at {} answered {} to a purge", url, response.statusCode());
						}
					})
					.exceptionally((ex) -> {
						log.warn("Could not purge the HTTP cache at {}: {}", url, ex.toString());
						return null;
					}));
			}
		}
		return CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new));
	}

}
