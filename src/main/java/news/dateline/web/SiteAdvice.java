package news.dateline.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;

import news.dateline.article.EditionNames;
import news.dateline.comment.CommentsClosedException;
import news.dateline.section.SectionView;
import news.dateline.system.ContentKeys;
import news.dateline.system.Edition;
import news.dateline.system.SiteProperties;

/**
 * What every public page shares (the section navigation) and the answers to refused
 * comment posts. The navigation is the edition's sections as {@link EditionNames} keeps
 * them until a change names {@link ContentKeys#NAV} (a section added or changed, on this
 * node or another).
 */
@ControllerAdvice(basePackageClasses = SiteAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class SiteAdvice {

	private final EditionNames names;

	private final SiteProperties site;

	private final EditionPages editionPages;

	SiteAdvice(SiteProperties site, EditionPages editionPages, EditionNames names) {
		this.names = names;
		this.editionPages = editionPages;
		this.site = site;
	}

	@ModelAttribute("site")
	SiteProperties site() {
		return this.site;
	}

	/**
	 * The site's metadata settings (language, search engines) under the name the layout
	 * reads them by.
	 */
	@ModelAttribute("siteMetadata")
	SiteProperties siteMetadata() {
		return this.site;
	}

	/** The edition of the page: its code, language and prefix. */
	@ModelAttribute("edition")
	Edition edition(Edition edition) {
		return edition;
	}

	/**
	 * The page in every edition (home, lists, search); the article page replaces it with
	 * the story's translations.
	 */
	@ModelAttribute("editionLinks")
	EditionLinks editionLinks(Edition edition, HttpServletRequest request) {
		return this.editionPages.ofPath(edition, request.getRequestURI().substring(request.getContextPath().length()));
	}

	/**
	 * The sections as the page's edition names and addresses them, by their default
	 * edition's slugs, for its cards (none in the default edition).
	 */
	@ModelAttribute("editionSections")
	Map<String, SectionView> editionSections(Edition edition) {
		return this.names.sectionsBySlug(edition);
	}

	/** The sections named in the page's edition (kept by {@link EditionNames}). */
	@ModelAttribute("navSections")
	List<SectionView> navSections(Edition edition) {
		return this.names.navigation(edition);
	}

	@ExceptionHandler(CommentsClosedException.class)
	ModelAndView commentsClosed() {
		return forbidden("comment.closed");
	}

	@ExceptionHandler(CrossSiteFormException.class)
	ModelAndView crossSite() {
		return forbidden("error.cross-site");
	}

	private static ModelAndView forbidden(String messageKey) {
		ModelAndView page = new ModelAndView("error/403");
		page.setStatus(HttpStatus.FORBIDDEN);
		page.addObject("status", 403);
		page.addObject("reason", messageKey);
		return page;
	}

}
