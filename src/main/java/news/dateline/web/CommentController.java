package news.dateline.web;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import news.dateline.article.ArticleLookup;
import news.dateline.article.ArticleService;
import news.dateline.comment.CommentRejectedException;
import news.dateline.comment.CommentService;
import news.dateline.comment.Commenter;
import news.dateline.comment.NewComment;
import news.dateline.comment.SubmittedComment;
import news.dateline.newsletter.Subscriptions;
import news.dateline.system.Signer;

/**
 * Takes the "Leave a Reply" form: on success redirects to the new comment's anchor; on
 * bad input shows the article again with the messages beside the fields and the reader's
 * text kept.
 */
@Controller
class CommentController {

	private final CommentService comments;

	private final ArticleService articles;

	private final ArticlePage page;

	private final CommentFormToken tokens;

	private final SameOriginGuard originGuard;

	private final CommenterCookie cookies;

	private final Signer signer;

	private final Subscriptions subscriptions;

	CommentController(CommentService comments, ArticleService articles, ArticlePage page, CommentFormToken tokens,
			SameOriginGuard originGuard, CommenterCookie cookies, Signer signer, Subscriptions subscriptions) {
		this.subscriptions = subscriptions;
		this.comments = comments;
		this.articles = articles;
		this.page = page;
		this.tokens = tokens;
		this.originGuard = originGuard;
		this.cookies = cookies;
		this.signer = signer;
	}

	@PostMapping("/articles/{slug}/comments")
	String post(@PathVariable String slug, @Valid @ModelAttribute("replyForm") ReplyForm form, BindingResult result,
			@RequestParam(defaultValue = "false") boolean notify, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		if (!this.originGuard.isSameOrigin(request)) {
			throw new CrossSiteFormException();
		}
		CachePolicy.apply(response, true);
		var token = this.tokens.verify(form.token());
		if (token.isEmpty()) {
			result.reject("comment.error.expired");
		}
		if (result.hasErrors()) {
			return redisplay(slug, form, model, request, response);
		}
		Duration timeOnPage = token.get().age();
		Commenter commenter = new Commenter(form.author(), form.email(), form.url(),
				this.signer.hashAddress(request.getRemoteAddr()));
		SubmittedComment submitted;
		try {
			submitted = this.comments.submit(new NewComment(token.get().articleId(), form.parentId(), commenter,
					form.comment(), form.homepage() != null && !form.homepage().isEmpty(), timeOnPage));
		}
		catch (CommentRejectedException ex) {
			result.rejectValue(ex.field(), ex.messageKey());
			return redisplay(slug, form, model, request, response);
		}
		if (notify && !submitted.isSpam()) {
			this.subscriptions.requestReplies(form.email(), token.get().articleId());
		}
		if (form.rememberMe()) {
			this.cookies.save(request, response, new CommenterCookie.Saved(commenter.name(), form.email().trim(),
					(commenter.website() != null) ? commenter.website() : ""));
		}
		else {
			this.cookies.forget(request, response);
		}
		if (!submitted.isVisibleToAll()) {
			this.cookies.addHeld(request, response, submitted.id());
		}
		return "redirect:/articles/" + submitted.articleSlug() + "#comment-" + submitted.id();
	}

	private String redisplay(String slug, ReplyForm form, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		ArticleLookup lookup = this.articles.lookup(slug);
		if (!(lookup instanceof ArticleLookup.Found found)) {
			return "redirect:" + ((ArticleLookup.MovedTo) lookup).url();
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return this.page.fill(model, found.article(), form, request);
	}

}
