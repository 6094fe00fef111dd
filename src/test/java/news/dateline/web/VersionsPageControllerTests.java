package news.dateline.web;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import news.dateline.article.ArticleLookup;
import news.dateline.article.ArticleNotFoundException;
import news.dateline.article.CorrectionKind;
import news.dateline.article.CorrectionView;
import news.dateline.article.DiffSegment;
import news.dateline.article.DiffSegment.Change;
import news.dateline.article.PublicVersions;
import news.dateline.article.PublicVersions.PublicVersion;
import news.dateline.article.VersionLinks;
import news.dateline.support.MutableClock;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

class VersionsPageControllerTests extends WebSliceTests {

	static PublicVersions sample() {
		CorrectionView correction = new CorrectionView(5L, CorrectionKind.CORRECTION, "La cifra era «21», no 12.",
				MutableClock.START);
		return new PublicVersions(42L, SLUG, "Acuerdo en Seúl 🇰🇷", List.of(
				new PublicVersion(3, MutableClock.START, false, List.of(), List.of(), List.of(),
						List.of(new DiffSegment(Change.UNCHANGED, "Murieron "), new DiffSegment(Change.DELETED, "12"),
								new DiffSegment(Change.INSERTED, "21"),
								new DiffSegment(Change.UNCHANGED, " personas <b>.")),
						List.of(correction)),
				new PublicVersion(2, MutableClock.START.minusSeconds(600), true, List.of(), List.of(), List.of(),
						List.of(new DiffSegment(Change.DELETED, "texot"), new DiffSegment(Change.INSERTED, "texto")),
						List.of()),
				new PublicVersion(1, MutableClock.START.minusSeconds(3600), false, List.of(), List.of(), List.of(),
						List.of(), List.of())));
	}

	@Test
	void showsEachVersionWithItsWordDiffAndFoldsMinorFixes() throws Exception {
		given(this.publicVersions.versions(SLUG)).willReturn(sample());
		this.mvc.perform(get("/articles/" + SLUG + "/versions"))
			.andExpect(status().isOk())
			.andExpect(view().name("articles/versions"))
			.andExpect(header().string("Cache-Control", CachePolicy.PUBLIC))
			.andExpect(content().string(allOf(containsString("What changed"),
					containsString("href=\"/articles/" + SLUG + "\">Acuerdo en Seúl 🇰🇷</a>"),
					containsString("id=\"version-3\""),
					containsString("<del>12</del><ins>21</ins> personas &lt;b&gt;."),
					containsString("<summary>Minor fix (spelling or typing)</summary>"),
					containsString("<del>texot</del><ins>texto</ins>"), containsString("First published."),
					containsString("La cifra era «21», no 12."),
					containsString("datetime=\"2026-06-20T09:00:00.123Z\""))));
	}

	@Test
	void answersNotFoundForAStoryReadersCannotSee() throws Exception {
		given(this.publicVersions.versions(anyString())).willThrow(new ArticleNotFoundException("draft"));
		this.mvc.perform(get("/articles/draft/versions")).andExpect(status().isNotFound());
	}

	@Test
	void aFormerSlugAnswers301ToTheVersionsPageUnderTheStorysSlug() throws Exception {
		given(this.publicVersions.versions("acuerdo-viejo")).willThrow(new ArticleNotFoundException("acuerdo-viejo"));
		given(this.articles.lookup("acuerdo-viejo")).willReturn(new ArticleLookup.MovedTo("합의-acuerdo"));
		this.mvc.perform(get("/articles/acuerdo-viejo/versions"))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/articles/합의-acuerdo/versions"));
	}

	@Test
	void theStoryPageLinksToItsVersionsAndEachCorrectionToItsVersion() throws Exception {
		var article = sampleArticle(true);
		article = new news.dateline.article.ArticleView(article.id(), article.slug(), article.headline(),
				article.deck(), article.datelineLabel(), article.bodyHtml(), article.section(), article.publishedAt(),
				article.updatedAt(), true, article.bylines(), article.sources(), article.tags(), article.commentsOpen(),
				0, article.related(), null, null, null,
				List.of(new CorrectionView(5L, CorrectionKind.CORRECTION, "La cifra era 21.", MutableClock.START)));
		given(this.articles.lookup(SLUG)).willReturn(new ArticleLookup.Found(article));
		given(this.comments.thread(org.mockito.ArgumentMatchers.eq(42L), org.mockito.ArgumentMatchers.anyCollection()))
			.willReturn(emptyThread());
		String versions = "/articles/" + SLUG + "/versions";
		given(this.publicVersions.links(org.mockito.ArgumentMatchers.eq(42L), org.mockito.ArgumentMatchers.eq(SLUG),
				org.mockito.ArgumentMatchers.any()))
			.willReturn(new VersionLinks(versions, 2, Map.of(5L, 3)));
		this.mvc.perform(get("/articles/" + SLUG))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("href=\"" + versions + "\">Versions</a>"),
					containsString("href=\"" + versions + "#version-3\">See the version this describes</a>"))));
	}

	@Test
	void theStoryPageHasNoVersionsLinkWithoutMaterialChanges() throws Exception {
		given(this.articles.lookup(SLUG)).willReturn(new ArticleLookup.Found(sampleArticle(true)));
		given(this.comments.thread(org.mockito.ArgumentMatchers.eq(42L), org.mockito.ArgumentMatchers.anyCollection()))
			.willReturn(emptyThread());
		given(this.publicVersions.links(org.mockito.ArgumentMatchers.eq(42L), org.mockito.ArgumentMatchers.eq(SLUG),
				org.mockito.ArgumentMatchers.any()))
			.willReturn(new VersionLinks("/articles/" + SLUG + "/versions", 1, Map.of()));
		this.mvc.perform(get("/articles/" + SLUG))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/versions"))));
	}

}
