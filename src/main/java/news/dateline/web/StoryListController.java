package news.dateline.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import news.dateline.article.ArticleCard;
import news.dateline.article.ArticleService;
import news.dateline.article.EditionNames;
import news.dateline.article.StoryList;
import news.dateline.author.AuthorService;
import news.dateline.author.AuthorView;
import news.dateline.section.SectionNotFoundException;
import news.dateline.section.SectionService;
import news.dateline.section.SectionView;
import news.dateline.source.SourceService;
import news.dateline.source.SourceView;
import news.dateline.system.Edition;
import news.dateline.tag.TagNotFoundException;
import news.dateline.tag.TagService;
import news.dateline.tag.TagView;

/**
 * The paged story lists of a section, an author, a tag and a source, each of the stories
 * of the page's edition. A section's and a tag's page is at its slug in the edition (the
 * default edition's where it has none there); asked for by a slug it has in another
 * edition, it answers 301 to that address, so that an edition's old address of a section
 * given a name there later, or an address with the prefix added or taken away by hand,
 * still leads to the page.
 */
@Controller
class StoryListController {

	private final ArticleService articles;

	private final SectionService sections;

	private final AuthorService authors;

	private final TagService tags;

	private final SourceService sources;

	private final PageMetadata metadata;

	private final EditionNames names;

	private final EditionPages editionPages;

	StoryListController(ArticleService articles, SectionService sections, AuthorService authors, TagService tags,
			SourceService sources, PageMetadata metadata, EditionNames names, EditionPages editionPages) {
		this.metadata = metadata;
		this.editionPages = editionPages;
		this.names = names;
		this.articles = articles;
		this.sections = sections;
		this.authors = authors;
		this.tags = tags;
		this.sources = sources;
	}

	@GetMapping("/sections/{slug}")
	String section(@PathVariable String slug, @RequestParam(required = false) String before,
			@RequestParam(required = false) String after, Edition edition, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		SectionView own = this.sections.findByEditionSlug(edition.code(), slug).orElse(null);
		if (own == null) {
			// another edition's slug, or this one's before the section was named here
			SectionView moved = this.sections.findByAnySlug(slug).orElseThrow(() -> new SectionNotFoundException(slug));
			return MovedPermanently.to(edition.path(this.names.section(moved, edition.code()).url()), request,
					response);
		}
		SectionView section = this.names.section(own, edition.code());
		boolean firstPage = before == null && after == null;
		List<ArticleCard> front = firstPage ? this.articles.sectionFront(section.id(), edition.code()) : List.of();
		model.addAttribute("front", front);
		Listing listing = Listing.of(section, own.slug());
		model.addAttribute("listing", listing);
		model.addAttribute("meta", this.metadata.listing(listing, edition));
		model.addAttribute("editionLinks",
				this.editionPages.ofPaths(edition, (other) -> this.names.section(own, other.code()).url()));
		model.addAttribute("page", this.articles.sectionPage(section.id(), edition.code(), front, before, after));
		CachePolicy.apply(response, false);
		return "articles/list";
	}

	@GetMapping("/authors/{slug}")
	String author(@PathVariable String slug, @RequestParam(required = false) String before,
			@RequestParam(required = false) String after, Edition edition, Model model, HttpServletResponse response) {
		AuthorView author = this.names.author(this.authors.bySlug(slug), edition.code());
		return show(Listing.of(author), StoryList.author(author.id()).in(edition.code()), edition, before, after, model,
				response);
	}

	@GetMapping("/tags/{slug}")
	String tag(@PathVariable String slug, @RequestParam(required = false) String before,
			@RequestParam(required = false) String after, Edition edition, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		TagView own = this.tags.findByEditionSlug(edition.code(), slug).orElse(null);
		if (own == null) {
			TagView moved = this.tags.findByAnySlug(slug).orElseThrow(() -> new TagNotFoundException(slug));
			return MovedPermanently.to(edition.path(this.names.tag(moved, edition.code()).url()), request, response);
		}
		TagView tag = this.names.tag(own, edition.code());
		model.addAttribute("editionLinks",
				this.editionPages.ofPaths(edition, (other) -> this.names.tag(own, other.code()).url()));
		return show(Listing.of(tag, own.slug()), StoryList.tag(tag.id()).in(edition.code()), edition, before, after,
				model, response);
	}

	@GetMapping("/sources/{slug}")
	String source(@PathVariable String slug, @RequestParam(required = false) String before,
			@RequestParam(required = false) String after, Edition edition, Model model, HttpServletResponse response) {
		SourceView source = this.sources.bySlug(slug);
		return show(Listing.of(source), StoryList.source(source.id()).in(edition.code()), edition, before, after, model,
				response);
	}

	private String show(Listing listing, StoryList list, Edition edition, String before, String after, Model model,
			HttpServletResponse response) {
		model.addAttribute("listing", listing);
		model.addAttribute("meta", this.metadata.listing(listing, edition));
		model.addAttribute("page", this.articles.list(list, before, after));
		CachePolicy.apply(response, false);
		return "articles/list";
	}

}
