package news.dateline.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import news.dateline.article.ArticleTranslation;
import news.dateline.article.ArticleView;
import news.dateline.author.AuthorView;
import news.dateline.source.SourceView;
import news.dateline.system.Edition;
import news.dateline.system.SiteProperties;
import news.dateline.system.Timestamps;

/**
 * The schema.org JSON-LD of public pages, written by Jackson from the records below and
 * escaped for a {@code <script type="application/ld+json">} element: {@code <},
 * {@code >}, {@code &}, U+2028 and U+2029 become {@code \}{@code u} escapes, so no value
 * (a headline with {@code </script>}, say) can end the element. JSON-LD is data, never
 * executed, so a Content-Security-Policy does not need to allow it.
 */
@Component
class StructuredData {

	static final String CONTEXT = "https://schema.org";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final SiteProperties site;

	StructuredData(SiteProperties site) {
		this.site = site;
	}

	/**
	 * NewsArticle and BreadcrumbList (home, section, story) of an article page in its
	 * edition: the story's URL and language are its edition's, and it names its original
	 * ({@code translationOfWork}) or, being the original, its live translations
	 * ({@code workTranslation}); {@code editions} holds the edition of each language the
	 * story and its translations are in.
	 */
	List<String> article(ArticleView article, Edition edition, List<Edition> editions) {
		String url = this.site.absolute(edition.path(article.url()));
		List<Work> translations = new ArrayList<>();
		Work original = null;
		for (ArticleTranslation translation : article.liveTranslations()) {
			Edition other = editions.stream()
				.filter((candidate) -> candidate.code().equals(translation.language()))
				.findFirst()
				.orElse(null);
			if (other != null) {
				Work work = new Work("NewsArticle",
						this.site.absolute(other.path(ArticleView.urlOf(translation.slug()))), other.languageTag());
				translations.add(work);
				original = translation.original() ? work : original;
			}
		}
		List<Person> authors = article.bylines().stream().map(this::person).toList();
		List<Organization> sources = article.sources().stream().map(StructuredData::organization).toList();
		NewsArticle news = new NewsArticle(CONTEXT, "NewsArticle", url, url, article.headline(),
				PageMetadata.describe(article), iso(article.publishedAt()), iso(article.updatedAt()),
				(article.section() != null) ? article.section().name() : null,
				article.tags().stream().map((tag) -> tag.name()).toList(), authors, publisher(), dateline(article),
				sources, article.sources().stream().map(SourceView::url).filter((link) -> link != null).toList(),
				article.corrections()
					.stream()
					.map((entry) -> new Correction("CorrectionComment", entry.note(), iso(entry.createdAt())))
					.toList(),
				imageOf(article), edition.languageTag(), original, (original == null) ? translations : List.of());
		List<Crumb> crumbs = new ArrayList<>();
		crumbs.add(new Crumb("ListItem", 1, this.site.name(), this.site.absolute(edition.path("/"))));
		if (article.section() != null) {
			crumbs.add(new Crumb("ListItem", 2, article.section().name(),
					this.site.absolute(edition.path(article.section().url()))));
		}
		crumbs.add(new Crumb("ListItem", crumbs.size() + 1, article.headline(), url));
		return List.of(write(news), write(new Breadcrumbs(CONTEXT, "BreadcrumbList", crumbs)));
	}

	/**
	 * WebSite with its search box, and the publisher, for the home page of an edition, in
	 * its language.
	 */
	List<String> home(Edition edition) {
		WebSite website = new WebSite(CONTEXT, "WebSite", this.site.name(), this.site.absolute(edition.path("/")),
				new SearchAction("SearchAction",
						new EntryPoint("EntryPoint",
								this.site.absolute(edition.path("/search") + "?q={search_term_string}")),
						"required name=search_term_string"),
				edition.languageTag());
		Publisher publisher = publisher();
		return List.of(write(website),
				write(new Publisher(CONTEXT, publisher.type(), publisher.name(), publisher.url(), publisher.logo())));
	}

	private Person person(AuthorView author) {
		return new Person("Person", author.name(), this.site.absolute(author.url()),
				author.beats().isEmpty() ? null : author.beats());
	}

	private static Organization organization(SourceView source) {
		return new Organization("Organization", source.name(), source.url());
	}

	private Publisher publisher() {
		ImageObject logo = (this.site.logoUrl() != null) ? new ImageObject("ImageObject", this.site.logoUrl()) : null;
		return new Publisher(null, "NewsMediaOrganization", this.site.name(), this.site.absolute("/"), logo);
	}

	/** The featured image as an absolute URL, or the site's default image. */
	String imageOf(ArticleView article) {
		if (article.image() == null) {
			return this.site.defaultImageUrl();
		}
		String url = article.image().url();
		return url.startsWith("/") ? this.site.absolute(url) : url;
	}

	private static String dateline(ArticleView article) {
		String label = article.datelineLabel();
		if (label == null) {
			return null;
		}
		String city = label.endsWith(".-") ? label.substring(0, label.length() - 2) : label;
		return city.isEmpty() ? null : city.charAt(0) + city.substring(1).toLowerCase(Locale.ROOT);
	}

	private static String iso(Instant instant) {
		return Timestamps.iso(instant);
	}

	/** The JSON of a value, safe inside a script element. */
	static String write(Object value) {
		return forScript(JSON.writeValueAsString(value));
	}

	static String forScript(String json) {
		StringBuilder safe = new StringBuilder(json.length() + 16);
		for (int i = 0; i < json.length(); i++) {
			char c = json.charAt(i);
			switch (c) {
				case '<' -> safe.append("\\u003c");
				case '>' -> safe.append("\\u003e");
				case '&' -> safe.append("\\u0026");
				case '\u2028' -> safe.append("\\u2028");
				case '\u2029' -> safe.append("\\u2029");
				default -> safe.append(c);
			}
		}
		return safe.toString();
	}

	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	record NewsArticle(@JsonProperty("@context") String context, @JsonProperty("@type") String type,
			String mainEntityOfPage, String url, String headline, String description, String datePublished,
			String dateModified, String articleSection, List<String> keywords, List<Person> author, Publisher publisher,
			String dateline, List<Organization> sourceOrganization, List<String> isBasedOn, List<Correction> correction,
			String image, String inLanguage, Work translationOfWork, List<Work> workTranslation) {
	}

	/** Another language's version of a story, named by its URL and language. */
	record Work(@JsonProperty("@type") String type, String url, String inLanguage) {
	}

	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	record Correction(@JsonProperty("@type") String type, String text, String datePublished) {
	}

	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	record Person(@JsonProperty("@type") String type, String name, String url, List<String> knowsAbout) {
	}

	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	record Organization(@JsonProperty("@type") String type, String name, String url) {
	}

	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	record Publisher(@JsonProperty("@context") String context, @JsonProperty("@type") String type, String name,
			String url, ImageObject logo) {
	}

	record ImageObject(@JsonProperty("@type") String type, String url) {
	}

	record Breadcrumbs(@JsonProperty("@context") String context, @JsonProperty("@type") String type,
			List<Crumb> itemListElement) {
	}

	record Crumb(@JsonProperty("@type") String type, int position, String name, String item) {
	}

	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	record WebSite(@JsonProperty("@context") String context, @JsonProperty("@type") String type, String name,
			String url, SearchAction potentialAction, String inLanguage) {
	}

	record SearchAction(@JsonProperty("@type") String type, EntryPoint target,
			@JsonProperty("query-input") String queryInput) {
	}

	record EntryPoint(@JsonProperty("@type") String type, String urlTemplate) {
	}

}
