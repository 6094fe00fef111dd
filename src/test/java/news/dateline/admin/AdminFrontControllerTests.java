package news.dateline.admin;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import news.dateline.article.ArticleCard;
import news.dateline.article.CardImage;
import news.dateline.article.FrontArrangement;
import news.dateline.section.SectionView;
import news.dateline.security.Role;
import news.dateline.system.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class AdminFrontControllerTests extends AdminSliceTests {

	private static ArticleCard card(String headline, String slug) {
		return new ArticleCard(7L + slug.length(), slug, headline, null, Instant.parse("2026-06-20T08:02:00Z"), "world",
				"World", List.of(), 0, null);
	}

	private static ArticleCard cardWithImage(String headline, String slug) {
		String key = "/media/" + "ab".repeat(16) + "/";
		return new ArticleCard(3L, slug, headline, null, Instant.parse("2026-06-20T08:02:00Z"), "world", "World",
				List.of(), 2,
				new CardImage(key + "1200.jpg", key + "400.jpg 400w, " + key + "1200.jpg 1200w", 1200, 800, "Alt"));
	}

	@Test
	void showsTheSlotsAsReadersSeeThemWithWhatIsPinned() throws Exception {
		given(this.frontPins.arrangement(null)).willReturn(new FrontArrangement(null,
				List.of(new FrontArrangement.Slot(1, cardWithImage("Pinned «lead» — Seúl", "pinned-lead"), true),
						new FrontArrangement.Slot(2, card("Newest brief", "newest-brief"), false)),
				List.of(card("Candidate 🗞", "candidate"))));
		given(this.sectionService.all())
			.willReturn(List.of(new SectionView(2L, "world", "World", "International news")));
		this.admin.perform(get("/admin/front").with(as(Role.EDITOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Pinned «lead» — Seúl"), containsString("Pinned"),
					containsString("Newest brief"), containsString("Featured 1"),
					containsString("action=\"/admin/front/unpin\""), containsString("Candidate 🗞"),
					containsString("<option value=\"2\">World</option>"))));
	}

	@Test
	void pinsAndUnpinsThenReturnsToTheSameFront() throws Exception {
		this.admin
			.perform(form(post("/admin/front/pin").param("section", "2").param("slot", "1").param("article", "42"),
					Role.EDITOR))
			.andExpect(redirectedUrl("/admin/front?section=2"))
			.andExpect(flash().attributeExists("flash"));
		verify(this.frontPins).pin(2L, 1, 42L);
		this.admin.perform(form(post("/admin/front/unpin").param("slot", "3"), Role.EDITOR))
			.andExpect(redirectedUrl("/admin/front"));
		verify(this.frontPins).unpin(null, 3);
	}

	@Test
	void aRefusedPinIsSaidOnThePage() throws Exception {
		willThrow(new RuleViolationException("front.story.not-live")).given(this.frontPins).pin(null, 9, 42L);
		Flash said = (Flash) this.admin
			.perform(form(post("/admin/front/pin").param("slot", "9").param("article", "42"), Role.EDITOR))
			.andExpect(redirectedUrl("/admin/front"))
			.andReturn()
			.getFlashMap()
			.get("flash");
		assertThat(said.error()).isTrue();
		assertThat(said.key()).isEqualTo("front.story.not-live");
	}

	@Test
	void needsTheFormToken() throws Exception {
		this.admin.perform(post("/admin/front/pin").param("slot", "1").param("article", "42").with(as(Role.EDITOR)))
			.andExpect(status().isForbidden());
		verify(this.frontPins, never()).pin(org.mockito.ArgumentMatchers.any(), anyInt(),
				org.mockito.ArgumentMatchers.any());
	}

}
