package news.dateline.web;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;

import news.dateline.article.EditionNames;
import news.dateline.comment.CommentsClosedException;
import news.dateline.section.SectionService;
import news.dateline.section.SectionView;
import news.dateline.system.ChangesObserved;
import news.dateline.system.ContentChanged;
import news.dateline.system.ContentKeys;
import news.dateline.system.Edition;
import news.dateline.system.SiteProperties;

/**
 * What every public page shares (the section navigation) and the answers to refused
 * comment posts. The navigation is read once and kept until a change names
 * {@link ContentKeys#NAV} (a section added or changed, on this node or another).
 */
@ControllerAdvice(basePackageClasses = SiteAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class SiteAdvice {

	private final SectionService sections;

	private final EditionNames names;

	private final SiteProperties site;

	/** By edition; a list read in an older generation is never used again. */
	private final Map<String, Navigation> navigation = new ConcurrentHashMap<>();

	/**
	 * Moves on with every change of the navigation, so a list read before it is not kept
	 * after it.
	 */
	private final AtomicLong generation = new AtomicLong();

	private final EditionPages editionPages;

	SiteAdvice(SectionService sections, SiteProperties site, EditionPages editionPages, EditionNames names) {
		this.sections = sections;
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

	/** The sections named in the page's edition, read once per generation and edition. */
	@ModelAttribute("navSections")
	List<SectionView> navSections(Edition edition) {
		long generation = this.generation.get();
		Navigation known = this.navigation.get(edition.code());
		if (known != null && known.generation() == generation) {
			return known.sections();
		}
		List<SectionView> fresh = this.names.sections(this.sections.all(), edition.code());
		this.navigation.put(edition.code(), new Navigation(generation, fresh));
		return fresh;
	}

	/**
	 * Forgets the navigation as a section changes (so the changing transaction sees its
	 * own change), and again once that change commits or rolls back (a page may have read
	 * the old list meanwhile).
	 */
	@EventListener
	void navigationChanging(ContentChanged change) {
		if (change.touches(ContentKeys.NAV)) {
			forget();
		}
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMPLETION, fallbackExecution = true)
	void navigationChanged(ContentChanged change) {
		if (change.touches(ContentKeys.NAV)) {
			forget();
		}
	}

	@EventListener
	void changedElsewhere(ChangesObserved changes) {
		if (changes.touches(ContentKeys.NAV)) {
			forget();
		}
	}

	private void forget() {
		this.generation.incrementAndGet();
		this.navigation.clear();
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

	/** The section list as read in one generation of the navigation. */
	private record Navigation(long generation, List<SectionView> sections) {
	}

}
