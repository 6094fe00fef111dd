package news.dateline.feed;

import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import news.dateline.system.Edition;
import news.dateline.system.Editions;
import news.dateline.system.NotFoundException;

/**
 * Serves every registered {@link FeedSource} as Atom ({@code .atom}) and RSS 2.0
 * ({@code .rss}): {@code /feed.atom} for the site, {@code /sections/world/feed.atom} for
 * a section, and so on; {@code /es/feed.atom} for the site in the Spanish edition.
 */
@Controller
class FeedController {

	static final CacheControl PUBLIC = CacheControl.maxAge(Duration.ofSeconds(60))
		.cachePublic()
		.sMaxAge(Duration.ofSeconds(300))
		.staleWhileRevalidate(Duration.ofSeconds(600));

	private final Map<String, FeedSource> sources;

	private final FeedWriter writer;

	private final Editions editions;

	FeedController(ObjectProvider<FeedSource> sources, FeedWriter writer, Editions editions) {
		this.editions = editions;
		this.sources = sources.orderedStream().collect(Collectors.toMap(FeedSource::kind, Function.identity()));
		this.writer = writer;
	}

	@GetMapping("/feed.atom")
	ResponseEntity<String> siteAtom(Edition edition) {
		return serve(FeedSource.SITE, null, edition, FeedWriter.FeedFormat.ATOM);
	}

	@GetMapping("/feed.rss")
	ResponseEntity<String> siteRss(Edition edition) {
		return serve(FeedSource.SITE, null, edition, FeedWriter.FeedFormat.RSS);
	}

	@GetMapping("/{kind}/feed.atom")
	ResponseEntity<String> kindAtom(@PathVariable String kind) {
		return serve(kind, null, this.editions.defaultEdition(), FeedWriter.FeedFormat.ATOM);
	}

	@GetMapping("/{kind}/feed.rss")
	ResponseEntity<String> kindRss(@PathVariable String kind) {
		return serve(kind, null, this.editions.defaultEdition(), FeedWriter.FeedFormat.RSS);
	}

	@GetMapping("/{kind}/{slug}/feed.atom")
	ResponseEntity<String> atom(@PathVariable String kind, @PathVariable String slug, Edition edition) {
		return serve(kind, slug, edition, FeedWriter.FeedFormat.ATOM);
	}

	@GetMapping("/{kind}/{slug}/feed.rss")
	ResponseEntity<String> rss(@PathVariable String kind, @PathVariable String slug, Edition edition) {
		return serve(kind, slug, edition, FeedWriter.FeedFormat.RSS);
	}

	private ResponseEntity<String> serve(String kind, String slug, Edition edition, FeedWriter.FeedFormat format) {
		FeedSource source = this.sources.get(kind);
		if (source == null) {
			throw new NotFoundException("feed " + kind);
		}
		FeedContent feed;
		try {
			feed = source.feed(slug, edition);
		}
		catch (FeedMovedException moved) {
			return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
				.location(URI.create(moved.pagePath() + "/feed" + format.extension))
				.cacheControl(PUBLIC)
				.build();
		}
		String xml = this.writer.write(feed, format);
		return ResponseEntity.ok()
			.cacheControl(PUBLIC)
			.contentType(new MediaType(MediaType.parseMediaType(format.mediaType), StandardCharsets.UTF_8))
			.body(xml);
	}

}
