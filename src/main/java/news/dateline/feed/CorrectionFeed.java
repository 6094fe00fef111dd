package news.dateline.feed;

import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import news.dateline.article.CorrectionEntry;
import news.dateline.article.CorrectionService;
import news.dateline.system.NotFoundException;

/**
 * The corrections log as a feed ({@code /corrections/feed.atom} and {@code .rss}): each
 * correction, clarification, update and editor's note on a live story, newest first,
 * linking to the story. The log is one for the whole site and not an edition page (see
 * {@code web.EditionFilter}), so the feed speaks the default edition's language.
 */
@Component
class CorrectionFeed implements FeedSource {

	private final CorrectionService corrections;

	private final MessageSource messages;

	CorrectionFeed(CorrectionService corrections, MessageSource messages) {
		this.corrections = corrections;
		this.messages = messages;
	}

	@Override
	public String kind() {
		return "corrections";
	}

	@Override
	public FeedContent feed(String slug) {
		if (slug != null) {
			throw new NotFoundException("corrections feed " + slug);
		}
		List<FeedContent.FeedItem> items = this.corrections.page(null).entries().stream().map(this::item).toList();
		return new FeedContent(message("corrections.title"), message("corrections.intro"), "/corrections",
				"/corrections/feed", items);
	}

	private FeedContent.FeedItem item(CorrectionEntry entry) {
		String kind = message(entry.kind().messageKey());
		return new FeedContent.FeedItem(entry.url(), kind + ": " + entry.articleHeadline(), entry.note(),
				"<p>" + HtmlUtils.htmlEscape(entry.note(), "UTF-8") + "</p>", entry.createdAt(), entry.createdAt(),
				List.of(), List.of(kind));
	}

	private String message(String key) {
		return this.messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}

}
