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
		this.live.fill(model, article, request);
		model.addAttribute("replyTo", (form.parentId() != null) ? find(thread, form.parentId()) : null);
		return VIEW;
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
