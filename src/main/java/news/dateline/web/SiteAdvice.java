package news.dateline.web;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

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

import news.dateline.comment.CommentsClosedException;
import news.dateline.section.SectionChanged;
import news.dateline.section.SectionService;
import news.dateline.section.SectionView;
import news.dateline.system.SiteProperties;

/**
 * What every public page shares (the section navigation) and the answers to refused comment posts.
 * The navigation is read once and kept until the next change readers can see (the page cache's
 * generation moves on every such change, on this node or another).
 */
@ControllerAdvice(basePackageClasses = SiteAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class SiteAdvice {

	private final SectionService sections;

	private final SiteProperties site;

	private final PageCache pageCache;

	private final AtomicReference<Navigation> navigation = new AtomicReference<>();

	SiteAdvice(SectionService sections, SiteProperties site, PageCache pageCache) {
		this.sections = sections;
		this.site = site;
		this.pageCache = pageCache;
	}

	@ModelAttribute("site")
	SiteProperties site() {
		return this.site;
	}

	/** The site's metadata settings (language, search engines) under the name the layout reads them by. */
	@ModelAttribute("siteMetadata")
	SiteProperties siteMetadata() {
		return this.site;
	}

	@ModelAttribute("navSections")
	List<SectionView> navSections() {
		long generation = this.pageCache.generation();
		Navigation known = this.navigation.get();
		if (known != null && known.generation() == generation) {
			return known.sections();
		}
		List<SectionView> fresh = this.sections.all();
		this.navigation.set(new Navigation(generation, fresh));
		return fresh;
	}

	/**
	 * Forgets the navigation as a section changes (so the changing transaction sees its own change),
	 * and again once that change commits or rolls back (a page may have read the old list meanwhile).
	 */
	@EventListener
	void sectionChanging(SectionChanged change) {
		this.navigation.set(null);
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMPLETION, fallbackExecution = true)
	void sectionChanged(SectionChanged change) {
		this.navigation.set(null);
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

	/** The section list as read in one generation of the page cache. */
	private record Navigation(long generation, List<SectionView> sections) {
	}

}
