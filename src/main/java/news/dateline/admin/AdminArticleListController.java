package news.dateline.admin;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import news.dateline.article.ArticleBulkAction;
import news.dateline.article.ArticleBulkService;
import news.dateline.article.ArticleFinder;
import news.dateline.article.ArticleRejectedException;
import news.dateline.article.ArticleSort;
import news.dateline.article.ArticleStatus;
import news.dateline.article.BulkPlan;
import news.dateline.article.ChecklistNotMetException;

/**
 * The admin article list: search and filters (a GET form), keyset pages, per-row actions,
 * and bulk actions, which show what they would do and ask for a confirmation before doing
 * it. The editor itself is {@link AdminArticleController}.
 */
@Controller
@RequestMapping("/admin/articles")
class AdminArticleListController {

	private static final ArticleListLinks LINKS = new ArticleListLinks();

	private final ArticleFinder finder;

	private final ArticleBulkService bulk;

	AdminArticleListController(ArticleFinder finder, ArticleBulkService bulk) {
		this.finder = finder;
		this.bulk = bulk;
	}

	@GetMapping
	String list(@ModelAttribute("filter") ArticleListForm filter, org.springframework.validation.BindingResult ignored,
			Model model) {
		model.addAttribute("list", this.finder.find(filter.toSearch()));
		model.addAttribute("statuses", ArticleStatus.values());
		model.addAttribute("sorts", ArticleSort.values());
		model.addAttribute("actions", ArticleBulkAction.values());
		model.addAttribute("links", LINKS);
		return "admin/articles/list";
	}

	/** The confirmation step: what the action would do, nothing done yet. */
	@PostMapping("/bulk")
	String confirm(BulkForm form, RedirectAttributes redirect, Model model) {
		if (form.action() == null) {
			Flash.refused(redirect, "admin.articles.bulk.no-action");
			return "redirect:" + form.backUrl();
		}
		BulkPlan plan;
		try {
			plan = this.bulk.plan(form.action(), form.ids(), form.section(), form.tag());
		}
		catch (ArticleRejectedException ex) {
			Flash.refused(redirect, ex.messageKey());
			return "redirect:" + form.backUrl();
		}
		model.addAttribute("plan", plan);
		model.addAttribute("back", form.backUrl());
		return "admin/articles/bulk";
	}

	@PostMapping("/bulk/confirm")
	String apply(BulkForm form, RedirectAttributes redirect) {
		if (form.action() == null) {
			Flash.refused(redirect, "admin.articles.bulk.no-action");
			return "redirect:" + form.backUrl();
		}
		try {
			int done = this.bulk.apply(form.action(), form.ids(), form.section(), form.tag());
			Flash.done(redirect, "admin.articles.bulk.done", done);
		}
		catch (ArticleRejectedException ex) {
			Flash.refused(redirect, ex.messageKey());
		}
		catch (ChecklistNotMetException ex) {
			Flash.refused(redirect, "admin.articles.bulk.checklist");
		}
		return "redirect:" + form.backUrl();
	}

}
