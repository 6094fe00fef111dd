package news.dateline.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import news.dateline.article.ArticleLookup;
import news.dateline.article.ArticleNotFoundException;
import news.dateline.article.ArticleService;
import news.dateline.article.ArticleView;
import news.dateline.report.ErrorReportService;
import news.dateline.report.NewErrorReport;
import news.dateline.system.Signer;

/**
 * "Report an error" under every story: a short form (what is wrong, an optional email
 * address) with the comment form's protections (signed token with its issue time,
 * honeypot, same-origin check, flood gap); on success, a thank-you on the same page
 * (post/redirect/get, no session).
 */
@Controller
class ErrorReportController {

	static final String VIEW = "articles/report";

	private final ArticleService articles;

	private final ErrorReportService reports;

	private final CommentFormToken tokens;

	private final SameOriginGuard originGuard;

	private final Signer signer;

	ErrorReportController(ArticleService articles, ErrorReportService reports, CommentFormToken tokens,
			SameOriginGuard originGuard, Signer signer) {
		this.articles = articles;
		this.reports = reports;
		this.tokens = tokens;
		this.originGuard = originGuard;
		this.signer = signer;
	}

	@GetMapping("/articles/{slug}/report")
	String form(@PathVariable String slug, @RequestParam(required = false) String sent, Model model,
			HttpServletResponse response) {
		ArticleView article = article(slug);
		CachePolicy.apply(response, true);
		model.addAttribute("sent", sent != null);
		return show(model, article, ReportForm.empty());
	}

	@PostMapping("/articles/{slug}/report")
	String send(@PathVariable String slug, @Valid @ModelAttribute("reportForm") ReportForm form, BindingResult result,
			Model model, HttpServletRequest request, HttpServletResponse response) {
		if (!this.originGuard.isSameOrigin(request)) {
			throw new CrossSiteFormException();
		}
		CachePolicy.apply(response, true);
		ArticleView article = article(slug);
		var token = this.tokens.verify(CommentFormToken.REPORT, form.token());
		if (token.isEmpty() || !token.get().articleId().equals(article.id())) {
			result.reject("report.error.expired");
		}
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("sent", false);
			return show(model, article, form);
		}
		this.reports.submit(new NewErrorReport(article.id(), form.message(), form.email(),
				this.signer.hashAddress(request.getRemoteAddr()), form.homepage() != null && !form.homepage().isEmpty(),
				token.get().age()));
		return "redirect:" + article.url() + "/report?sent";
	}

	private ArticleView article(String slug) {
		ArticleLookup lookup = this.articles.lookup(slug);
		if (lookup instanceof ArticleLookup.Found found) {
			return found.article();
		}
		throw new ArticleNotFoundException(slug);
	}

	private String show(Model model, ArticleView article, ReportForm form) {
		model.addAttribute("article", article);
		if (!model.containsAttribute("reportForm")) {
			model.addAttribute("reportForm", form);
		}
		model.addAttribute("formToken", this.tokens.issue(CommentFormToken.REPORT, article.id()));
		return VIEW;
	}

}
