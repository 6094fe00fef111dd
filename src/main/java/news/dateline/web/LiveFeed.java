package news.dateline.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import news.dateline.article.ArticleHeadline;
import news.dateline.article.ArticleService;
import news.dateline.feed.FeedContent;
import news.dateline.feed.FeedSource;
import news.dateline.live.LiveCoverage;
import news.dateline.live.LiveEntryView;
import news.dateline.live.LiveNotFoundException;
import news.dateline.live.LiveService;

/**
 * The Atom (and RSS) feed of a live story's newest entries, at {@code /live/{story
 * id}/feed.atom}: each entry an item linking to its anchor on the story's page. Only for
 * published stories.
 */
@Component
class LiveFeed implements FeedSource {

	private final LiveService live;

	private final ArticleService articles;

	private final MessageSource messages;

	LiveFeed(LiveService live, ArticleService articles, MessageSource messages) {
		this.live = live;
		this.articles = articles;
		this.messages = messages;
	}

	@Override
	public String kind() {
		return "live";
	}

	@Override
	public FeedContent feed(String slug) {
		Long id = LiveController.publishedStory(this.articles, slug);
		ArticleHeadline story = this.articles.headlines(List.of(id)).get(id);
		LiveCoverage coverage = this.live.coverage(id, null)
			.orElseThrow(() -> new LiveNotFoundException("live feed " + slug));
		List<LiveEntryView> shown = new ArrayList<>(coverage.entries());
		if (coverage.pinned() != null) {
			shown.add(0, coverage.pinned());
		}
		List<FeedContent.FeedItem> items = shown.stream()
			.map((entry) -> new FeedContent.FeedItem(story.url() + "#" + entry.anchor(),
					(entry.keyTitle() != null) ? entry.keyTitle() : LiveText.snippet(entry), null, entry.bodyHtml(),
					entry.postedAt(), (entry.updatedAt() != null) ? entry.updatedAt() : entry.postedAt(),
					List.of(new FeedContent.Person(entry.authorName(), null)), List.of()))
			.toList();
		String title = this.messages.getMessage("live.feed.title", new Object[] { story.headline() },
				LocaleContextHolder.getLocale());
		return new FeedContent(title, null, story.url(), "/live/" + id + "/feed", items);
	}

}
