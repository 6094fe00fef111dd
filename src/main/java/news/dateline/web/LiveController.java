package news.dateline.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import news.dateline.article.ArticleService;
import news.dateline.live.LiveEntryPlace;
import news.dateline.live.LiveEntryView;
import news.dateline.live.LiveNotFoundException;
import news.dateline.live.LiveService;
import news.dateline.live.LiveUpdates;

/**
 * A live story's updates as JSON, for its readers' script to poll with
 * {@code If-None-Match} when the event stream ({@link LiveStreamFilter}) is full or
 * cannot be kept open, and its entries' permalinks. Never cached.
 */
@Controller
class LiveController {

	static final int POLL_BATCH = 100;

	private final LiveService live;

	private final ArticleService articles;

	private final LiveFragments fragments;

	LiveController(LiveService live, ArticleService articles, LiveFragments fragments) {
		this.live = live;
		this.articles = articles;
		this.fragments = fragments;
	}

	@GetMapping(path = "/live/{articleId}/updates", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	ResponseEntity<String> updates(@PathVariable Long articleId, @RequestParam(defaultValue = "0") long since,
			@RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
		publishedStory(this.articles, articleId.toString());
		long current = this.live.lastSeq(articleId).orElseThrow(() -> new LiveNotFoundException("live " + articleId));
		// the tag names the last write the answer carries: a reader holding the newest
		// one
		// gets 304; one handed a partial batch asks again and gets the rest
		String etag = etag(articleId, current);
		CacheControl noCache = CacheControl.noCache();
		if (PublicPageFilter.matches(ifNoneMatch, etag)) {
			return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(noCache).build();
		}
		LiveUpdates updates = this.live.updatesAfter(articleId, since, POLL_BATCH);
		List<String> items = new ArrayList<>();
		for (LiveEntryView entry : updates.entries()) {
			items.add(this.fragments.data(entry));
		}
		long last = (updates.entries().size() == POLL_BATCH) ? updates.lastEntrySeq(since) : updates.lastSeq();
		String body = "{\"lastSeq\":" + last + ",\"ended\":" + (updates.endedAt() != null) + ",\"updates\":["
				+ String.join(",", items) + "]}";
		return ResponseEntity.ok().eTag(etag(articleId, last)).cacheControl(noCache).body(body);
	}

	private static String etag(Long articleId, long seq) {
		return "\"live-" + articleId + "-" + seq + "\"";
	}

	/**
	 * An entry's permalink: the story's page that holds it, opened at its anchor (302,
	 * since the page that holds an entry changes as newer ones come).
	 */
	@GetMapping("/live/entries/{entryId}")
	ResponseEntity<Void> entry(@PathVariable Long entryId) {
		LiveEntryPlace place = this.live.place(entryId)
			.orElseThrow(() -> new LiveNotFoundException("live entry " + entryId));
		Long articleId = publishedStory(this.articles, place.articleId().toString());
		String url = this.articles.headlines(List.of(articleId)).get(articleId).url();
		String page = (place.olderThan() != null) ? url + "?" + LivePart.OLDER + "=" + place.olderThan() : url;
		return ResponseEntity.status(HttpStatus.FOUND)
			.location(java.net.URI.create(page + "#" + place.anchor()))
			.cacheControl(CacheControl.noCache())
			.build();
	}

	/** The id of a published story, or 404 for anything else (drafts stay private). */
	static Long publishedStory(ArticleService articles, String id) {
		if (id == null || !id.matches("[0-9]{1,18}")) {
			throw new LiveNotFoundException("live " + id);
		}
		Long articleId = Long.valueOf(id);
		if (!articles.liveIds(List.of(articleId)).contains(articleId)) {
			throw new LiveNotFoundException("live " + id);
		}
		return articleId;
	}

}
