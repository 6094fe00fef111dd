package news.dateline.admin;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import news.dateline.article.ArticleBulkAction;
import news.dateline.article.ArticleBulkService;
import news.dateline.article.ArticleFinder;
import news.dateline.article.ArticleRejectedException;
import news.dateline.article.ArticleSearch;
import news.dateline.article.ArticleSearchPage;
import news.dateline.article.ArticleSort;
import news.dateline.article.ArticleStatus;
import news.dateline.article.ArticleSummary;
import news.dateline.article.BulkPlan;
import news.dateline.support.MutableClock;
import news.dateline.web.WebSliceTests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasToString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WithMockUser(roles = "EDITOR")
class AdminArticleListControllerTests extends WebSliceTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ArticleFinder finder;

	@Autowired
	ArticleBulkService bulk;

	private static ArticleSearchPage page(ArticleSearch search) {
		ArticleSummary scheduled = new ArticleSummary(5L, "pacto-señal-🇰🇷", "Pacto «alarma» a Seúl",
				ArticleStatus.SCHEDULED, "World", List.of("Tarun Kumar", "Mina Park"), MutableClock.START, null,
				Instant.parse("2026-06-21T06:00:00Z"), 102L);
		ArticleSummary live = new ArticleSummary(6L, "서울-회담", "서울 회담 — “결렬”", ArticleStatus.PUBLISHED, "World",
				List.of("Mina Park"), MutableClock.START, MutableClock.START, null, 102L);
		return new ArticleSearchPage(
				List.of(new ArticleSearchPage.Row(scheduled, "http://localhost/preview/5?expires=1&sig=x", true),
						new ArticleSearchPage.Row(live, null, true)),
				search, null, search.after(6L), Map.of(ArticleStatus.DRAFT, 2L, ArticleStatus.SCHEDULED, 1L),
				AdminSamples.OPTIONS);
	}

	@Test
	void searchesByHeadlineWithFiltersAndOffersTheNextPageByCursor() throws Exception {
		given(this.finder.find(any())).willAnswer((call) -> page(call.getArgument(0)));
		this.mvc
			.perform(get("/admin/articles").param("q", "señal")
				.param("status", "SCHEDULED")
				.param("section", "world")
				.param("author", "mina-park")
				.param("from", "2026-06-01")
				.param("to", "2026-06-30")
				.param("sort", "HEADLINE"))
			.andExpect(status().isOk())
			.andExpect(view().name("admin/articles/list"))
			.andExpect(content().string(allOf(containsString("Articles: Scheduled"),
					containsString("Pacto «alarma» a Seúl"), containsString("서울 회담 — “결렬”"),
					containsString("value=\"señal\""), containsString("Draft (2)"), containsString("All (3)"),
					containsString("selected=\"selected\">Mina Park</option>"),
					containsString("href=\"/admin/articles?q=se%C3%B1al&amp;status=SCHEDULED&amp;section=world"
							+ "&amp;author=mina-park&amp;from=2026-06-01&amp;to=2026-06-30&amp;sort=HEADLINE&amp;after=6\""),
					containsString("href=\"http://localhost/preview/5?expires=1&amp;sig=x\""),
					containsString("href=\"/articles/서울-회담\""), containsString("form=\"unpublish-5\""),
					containsString("name=\"_csrf\""))));
		ArgumentCaptor<ArticleSearch> asked = ArgumentCaptor.forClass(ArticleSearch.class);
		verify(this.finder).find(asked.capture());
		assertThat(asked.getValue()).isEqualTo(new ArticleSearch("señal", ArticleStatus.SCHEDULED, "world", "mina-park",
				LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30), ArticleSort.HEADLINE, null, null));
	}

	@Test
	void leavesOutFilterValuesThatDoNotParse() throws Exception {
		given(this.finder.find(any())).willAnswer((call) -> page(call.getArgument(0)));
		this.mvc.perform(get("/admin/articles").param("status", "LOST").param("from", "yesterday").param("after", "x"))
			.andExpect(status().isOk());
		verify(this.finder).find(ArticleSearch.all());
	}

	@Test
	void asksForConfirmationBeforeABulkAction() throws Exception {
		given(this.bulk.plan(ArticleBulkAction.UNPUBLISH, List.of(5L, 6L), null, null))
			.willReturn(new BulkPlan(ArticleBulkAction.UNPUBLISH,
					List.of(new BulkPlan.Item(5L, "Pacto «alarma»", ArticleStatus.SCHEDULED, true),
							new BulkPlan.Item(6L, "서울 회담", ArticleStatus.DRAFT, false)),
					null, null, null));
		this.mvc
			.perform(post("/admin/articles/bulk").with(csrf())
				.param("action", "UNPUBLISH")
				.param("ids", "5", "6")
				.param("back", "/admin/articles?q=pacto"))
			.andExpect(status().isOk())
			.andExpect(view().name("admin/articles/bulk"))
			.andExpect(content().string(allOf(containsString("Unpublish: are you sure?"),
					containsString("Pacto «alarma»"), containsString("left as it is"), containsString("Yes, one story"),
					containsString("action=\"/admin/articles/bulk/confirm\""),
					containsString("href=\"/admin/articles?q=pacto\""))));
		verify(this.bulk, org.mockito.Mockito.never()).apply(any(), anyList(), any(), any());
	}

	@Test
	void appliesTheConfirmedActionAndGoesBackToTheList() throws Exception {
		given(this.bulk.apply(ArticleBulkAction.MOVE_TO_SECTION, List.of(5L), "world", "")).willReturn(1);
		this.mvc
			.perform(post("/admin/articles/bulk/confirm").with(csrf())
				.param("action", "MOVE_TO_SECTION")
				.param("ids", "5")
				.param("section", "world")
				.param("tag", "")
				.param("back", "/admin/articles?q=a"))
			.andExpect(redirectedUrl("/admin/articles?q=a"))
			.andExpect(flash().attribute("flash", hasToString(containsString("key=admin.articles.bulk.done"))));
	}

	@Test
	void goesBackWithTheReasonWhenNothingIsTicked() throws Exception {
		given(this.bulk.plan(eq(ArticleBulkAction.ADD_TAG), any(), any(), any()))
			.willThrow(new ArticleRejectedException("ids", "admin.articles.bulk.none"));
		this.mvc.perform(post("/admin/articles/bulk").with(csrf()).param("action", "ADD_TAG").param("tag", "Corea"))
			.andExpect(redirectedUrl("/admin/articles"))
			.andExpect(flash().attribute("flash", hasToString(containsString("key=admin.articles.bulk.none"))));
	}

	@Test
	void neverRedirectsToAnotherSite() throws Exception {
		this.mvc
			.perform(post("/admin/articles/bulk").with(csrf()).param("ids", "5").param("back", "https://evil.example/"))
			.andExpect(redirectedUrl("/admin/articles"));
	}

	@Test
	void goesBackToThePlainListWhenTheListUrlHoldsBraces() throws Exception {
		this.mvc
			.perform(post("/admin/articles/bulk/confirm").with(csrf())
				.param("action", "UNPUBLISH")
				.param("ids", "5")
				.param("back", "/admin/articles?q={x}"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/admin/articles"));
		this.mvc.perform(post("/admin/articles/bulk").with(csrf()).param("back", "/admin/articles?q={x}"))
			.andExpect(redirectedUrl("/admin/articles"));
	}

	@Test
	void refusesABulkActionWithoutItsCsrfToken() throws Exception {
		this.mvc.perform(post("/admin/articles/bulk/confirm").param("action", "UNPUBLISH").param("ids", "5"))
			.andExpect(status().isForbidden());
		verifyNoInteractions(this.bulk);
	}

	@Test
	void rendersTheFirstPageWithoutPagingLinksWhenAllFits() throws Exception {
		given(this.finder.find(any())).willReturn(
				new ArticleSearchPage(List.of(), ArticleSearch.all(), null, null, Map.of(), AdminSamples.OPTIONS));
		this.mvc.perform(get("/admin/articles"))
			.andExpect(status().isOk())
			.andExpect(
					content().string(allOf(containsString("No stories here."), not(containsString("rel=\"next\"")))));
	}

}
