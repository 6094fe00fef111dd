package news.dateline.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

/**
 * A rendered public response as the page cache keeps it: the bytes, a gzipped copy made
 * once, the ETag, the content type and the headers to replay (security headers,
 * Cache-Control, Vary, the content keys), the story it shows, if any, so a hit still
 * counts as a page view, the content keys it was built from, when it was rendered, and
 * whether a change has made it stale since.
 */
record CachedPage(byte[] body, byte[] gzipped, String etag, String contentType, List<Header> headers, Long articleId,
		Set<String> keys, Instant renderedAt, boolean stale) {

	static CachedPage of(byte[] body, String contentType, List<Header> headers, Long articleId, Set<String> keys,
			Instant renderedAt) {
		return new CachedPage(body, gzip(body), etagOf(body), contentType, List.copyOf(headers), articleId,
				Set.copyOf(keys), renderedAt, false);
	}

	/** The same page, marked as changed since it was rendered. */
	CachedPage asStale() {
		return new CachedPage(this.body, this.gzipped, this.etag, this.contentType, this.headers, this.articleId,
				this.keys, this.renderedAt, true);
	}

	/** A weak ETag: the same for the plain and the gzipped bytes. */
	static String etagOf(byte[] body) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
			return "W/\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22) + "\"";
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

	int weight() {
		return this.body.length + this.gzipped.length + 512 + 48 * this.keys.size();
	}

	private static byte[] gzip(byte[] body) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
		try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
			gzip.write(body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** A response header to send again with every hit. */
	record Header(String name, String value) {
	}

}
