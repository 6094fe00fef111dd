package news.dateline.web;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import news.dateline.article.ArticleView;
import news.dateline.article.PublicVersionService;
import news.dateline.comment.CommentService;
import news.dateline.comment.CommentThread;
import news.dateline.comment.CommentView;
import news.dateline.live.LiveCoverage;
import news.dateline.live.LiveEntryView;
import news.dateline.system.Edition;
import news.dateline.system.EditionLocaleResolver;

/**
 * Fills the model of the article page (story, thread and reply form) for the page itself
 * and for the comment form when it comes back with errors.
 */
@Component
class ArticlePage {

	static final String VIEW = "articles/show";

	private final CommentService comments;

	private final CommentFormToken tokens;

	private final CommenterCookie cookies;

	private final PageMetadata metadata;

	private final MostRead mostRead;

	private final PublicVersionService versions;

	private final LivePart live;

	private final EditionLocaleResolver editions;

	private final EditionPages editionPages;

	ArticlePage(CommentService comments, CommentFormToken tokens, CommenterCookie cookies, PageMetadata metadata,
			MostRead mostRead, PublicVersionService versions, LivePart live, EditionLocaleResolver editions,
			EditionPages editionPages) {
		this.live = live;
		this.editions = editions;
		this.editionPages = editionPages;
		this.mostRead = mostRead;
		this.versions = versions;
		this.comments = comments;
		this.tokens = tokens;
		this.cookies = cookies;
		this.metadata = metadata;
	}

	/** The model for a story, with the form as given (the reader's input on errors). */
	String fill(Model model, ArticleView article, ReplyForm form, HttpServletRequest request) {
		fillStory(model, article, form, request);
		this.live.fill(model, article, request);
		return VIEW;
	}

	/**
	 * The model for a live entry's own page: the story with the page of entries that
	 * holds the entry ({@code olderThan} its cursor), the entry shown again under the
	 * headline ({@code liveFocus}), and the entry's share values; false when the entry is
	 * not on that page (deleted meanwhile), and nothing is to be shown.
	 */
	boolean fillAtEntry(Model model, ArticleView article, Long entryId, Long olderThan, HttpServletRequest request) {
		fillStory(model, article, ReplyForm.empty(null), request);
		LiveCoverage coverage = this.live.fill(model, article, olderThan);
		LiveEntryView entry = (coverage != null) ? find(coverage, entryId) : null;
		if (entry == null) {
			return false;
		}
		model.addAttribute("liveFocus", entry);
		model.addAttribute("meta", this.metadata.liveEntry(article, entry, this.editions.edition(request)));
		return true;
	}

	private static LiveEntryView find(LiveCoverage coverage, Long entryId) {
		if (coverage.pinned() != null && coverage.pinned().id().equals(entryId)) {
			return coverage.pinned();
		}
		return coverage.entries().stream().filter((entry) -> entry.id().equals(entryId)).findFirst().orElse(null);
	}

	private void fillStory(Model model, ArticleView article, ReplyForm form, HttpServletRequest request) {
		Set<Long> held = this.cookies.heldIds(request);
		CommentThread thread = this.comments.thread(article.id(), held);
		Edition edition = this.editions.edition(request);
		model.addAttribute("article", article);
		model.addAttribute("meta", this.metadata.article(article, edition));
		model.addAttribute("editionLinks", this.editionPages.ofArticle(edition, article));
		model.addAttribute("mostRead", this.mostRead.cards(edition));
		model.addAttribute("versionLinks", this.versions.links(article.id(), article.slug(), article.corrections()));
		model.addAttribute("thread", thread);
		if (!model.containsAttribute("replyForm")) {
			model.addAttribute("replyForm", form);
		}
		model.addAttribute("formToken", this.tokens.issue(article.id()));
		model.addAttribute("replyTo", (form.parentId() != null) ? find(thread, form.parentId()) : null);
	}

	private static CommentView find(CommentThread thread, Long id) {
		java.util.Deque<CommentView> todo = new java.util.ArrayDeque<>(thread.comments());
		while (!todo.isEmpty()) {
			CommentView next = todo.pop();
			if (next.id().equals(id) && !next.awaitingModeration()) {
				return next;
			}
			todo.addAll(next.replies());
		}
		return null;
	}

}
