package news.dateline.web;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import news.dateline.article.ArticleLookup;
import news.dateline.article.ArticleView;
import news.dateline.article.CorrectionKind;
import news.dateline.article.CorrectionView;
import news.dateline.article.FeaturedImage;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the editorial workflow adds to the article page: the featured image, SEO title and
 * description, and the corrections box with the "Updated" time.
 */
class ArticlePageEditorialTests extends WebSliceTests {

	@Test
	void showsFeaturedImageSeoFieldsAndTheCorrectionsBox() throws Exception {
		ArticleView base = sampleArticle(true);
		Instant corrected = Instant.parse("2026-06-20T08:45:00Z");
		ArticleView article = new ArticleView(base.id(), base.slug(), base.headline(), base.deck(),
				base.datelineLabel(), base.bodyHtml(), base.section(), base.publishedAt(), corrected, true,
				base.bylines(), base.sources(), base.tags(), true, 0, base.related(),
				new FeaturedImage("https://example.org/pact.jpg", "Leaders shake hands", "The signing", "AP Photo"),
				"Seoul alarmed by pact", "What the pact means for the peninsula",
				List.of(new CorrectionView(9L, CorrectionKind.CORRECTION,
						"An earlier version misstated the day the pact was <signed>.", corrected)));
		given(this.articles.lookup(SLUG)).willReturn(new ArticleLookup.Found(article));
		given(this.comments.thread(eq(42L), anyCollection())).willReturn(emptyThread());
		this.mvc.perform(get("/articles/" + SLUG))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<title>Seoul alarmed by pact - Dateline</title>"),
					containsString("<meta name=\"description\" content=\"What the pact means for the peninsula\">"),
					containsString("<img src=\"https://example.org/pact.jpg\" alt=\"Leaders shake hands\""),
					containsString("<span class=\"credit\">AP Photo</span>"), containsString("Corrections and updates"),
					containsString("id=\"correction-9\""),
					containsString("<strong class=\"corrections-box__kind\">Correction</strong>"),
					containsString("misstated the day the pact was &lt;signed&gt;."),
					containsString("<span class=\"story__updated-label\">Updated</span>"),
					containsString("20 June 2026, 08:45 UTC"))));
	}

	@Test
	void showsALibraryImageWithItsVariantsSizesAndDimensions() throws Exception {
		ArticleView base = sampleArticle(true);
		String key = "/media/0123456789abcdef0123456789abcdef/";
		ArticleView article = new ArticleView(base.id(), base.slug(), base.headline(), base.deck(),
				base.datelineLabel(), base.bodyHtml(), base.section(), base.publishedAt(), base.updatedAt(), false,
				base.bylines(), base.sources(), base.tags(), true, 0, base.related(),
				new FeaturedImage(key + "1600.jpg", "Leaders shake hands", null, "AP Photo",
						key + "400.jpg 400w, " + key + "800.jpg 800w, " + key + "1600.jpg 1600w", 1600, 900),
				null, null, List.of());
		given(this.articles.lookup(SLUG)).willReturn(new ArticleLookup.Found(article));
		given(this.comments.thread(eq(42L), anyCollection())).willReturn(emptyThread());
		this.mvc.perform(get("/articles/" + SLUG))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("<img src=\"" + key + "1600.jpg\" alt=\"Leaders shake hands\""),
						containsString("srcset=\"" + key + "400.jpg 400w, " + key + "800.jpg 800w, " + key
								+ "1600.jpg 1600w\""),
						containsString("sizes=\"(min-width: 44rem) 42rem, 100vw\""), containsString("width=\"1600\""),
						containsString("height=\"900\""))));
	}

}
