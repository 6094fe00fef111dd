package news.dateline.web;

import java.util.List;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;

import news.dateline.comment.CommentsClosedException;
import news.dateline.section.SectionService;
import news.dateline.section.SectionView;
import news.dateline.system.SiteMetadata;
import news.dateline.system.SiteProperties;

/**
 * What every public page shares (the section navigation) and the answers to refused comment posts.
 */
@ControllerAdvice(basePackageClasses = SiteAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class SiteAdvice {

	private final SectionService sections;

	private final SiteProperties site;

	private final SiteMetadata metadata;

	SiteAdvice(SectionService sections, SiteProperties site, SiteMetadata metadata) {
		this.sections = sections;
		this.site = site;
		this.metadata = metadata;
	}

	@ModelAttribute("site")
	SiteProperties site() {
		return this.site;
	}

	@ModelAttribute("siteMetadata")
	SiteMetadata siteMetadata() {
		return this.metadata;
	}

	@ModelAttribute("navSections")
	List<SectionView> navSections() {
		return this.sections.all();
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
