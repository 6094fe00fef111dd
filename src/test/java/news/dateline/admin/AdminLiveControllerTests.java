package news.dateline.admin;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import news.dateline.author.AuthorView;
import news.dateline.system.FieldRejectedException;
import news.dateline.live.LiveDesk;
import news.dateline.live.LiveEntryDraft;
import news.dateline.live.LiveEntryView;
import news.dateline.security.Role;
import news.dateline.support.MutableClock;
import news.dateline.system.RuleViolationException;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class AdminLiveControllerTests extends AdminSliceTests {

	static final Instant START = MutableClock.START;

	@BeforeEach
	void setUp() {
		LiveEntryView entry = new LiveEntryView(5L, 42L, 3, "Ana Núñez", START, null, "Líderes llegan — «ya»",
				"<p>Líderes llegan — «ya»</p>", "Llegada", false, false);
		given(this.live.desk(42L)).willReturn(
				new LiveDesk(42L, "Cumbre en directo 🇰🇷", "/articles/cumbre", true, START, null, List.of(entry)));
		given(this.live.entry(5L)).willReturn(entry);
	}

	@Test
	void deskShowsTheFilingFormOnTopAndTheEntriesWithEditAndDelete() throws Exception {
		this.admin.perform(get("/admin/live/42").with(as(Role.AUTHOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString("Cumbre en directo 🇰🇷"), containsString("action=\"/admin/live/42/entries\""),
							containsString("name=\"_csrf\""), containsString("data-live-desk"),
							containsString("Líderes llegan — «ya»"), containsString("href=\"/admin/live/entries/5\""),
							containsString("action=\"/admin/live/entries/5/delete\""),
							containsString("End live coverage"), containsString("/js/live-desk"))));
	}

	@Test
	void theFilingFormOffersEveryBylineAndFilesUnderTheOneChosen() throws Exception {
		given(this.authorService.choices()).willReturn(
				List.of(new AuthorView(7L, "lucia-fernandez", "Lucía Fernández", "Cultura", null, List.of(), List.of()),
						new AuthorView(8L, "kim-min-jun", "김민준 Kim", "", null, List.of(), List.of())));
		this.admin.perform(get("/admin/live/42").with(as(Role.AUTHOR)))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("<select id=\"byline\" aria-invalid=\"false\" name=\"byline\">"),
						containsString("<option value=\"\" selected=\"selected\">My own name</option>"),
						containsString("<option value=\"kim-min-jun\">김민준 Kim</option>"))));
		this.admin
			.perform(form(post("/admin/live/42/entries").param("body", "Seúl — «reacciona»")
				.param("byline", "lucia-fernandez"), Role.AUTHOR))
			.andExpect(redirectedUrl("/admin/live/42"));
		verify(this.live).file(42L, new LiveEntryDraft("Seúl — «reacciona»", null, false, "lucia-fernandez"));

		given(this.live.file(42L, new LiveEntryDraft("Firma falsa", null, false, "nadie")))
			.willThrow(new FieldRejectedException("byline", "live.error.byline"));
		this.admin
			.perform(form(post("/admin/live/42/entries").param("body", "Firma falsa").param("byline", "nadie"),
					Role.AUTHOR))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(allOf(containsString("Choose a byline from the list."),
					containsString("aria-describedby=\"byline-error\""))));
	}

	@Test
	void filesAnEntryAndRedirects() throws Exception {
		this.admin
			.perform(form(post("/admin/live/42/entries").param("body", "  Seúl reacciona.  ")
				.param("keyTitle", "Seúl")
				.param("pinned", "true"), Role.AUTHOR))
			.andExpect(redirectedUrl("/admin/live/42"));
		verify(this.live).file(42L, new LiveEntryDraft("Seúl reacciona.", "Seúl", true));
	}

	@Test
	void emptyEntryGetsItsMessageBesideTheField() throws Exception {
		expectFieldError(form(post("/admin/live/42/entries").param("body", " "), Role.AUTHOR), "liveEntryForm", "body",
				"Please write the update.");
		verify(this.live, never()).file(any(), any());
	}

	@Test
	void filesWithScriptInOneStepAndGetsJson() throws Exception {
		given(this.live.file(any(), any())).willReturn(77L);
		this.admin
			.perform(form(post("/admin/live/42/entries").header("X-Live-Desk", "1")
				.accept(MediaType.APPLICATION_JSON)
				.param("body", "Nuevo"), Role.AUTHOR))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(77))
			.andExpect(jsonPath("$.message").value("Update posted."));
		this.admin
			.perform(form(post("/admin/live/42/entries").header("X-Live-Desk", "1")
				.accept(MediaType.APPLICATION_JSON)
				.param("body", ""), Role.AUTHOR))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors.body").value("Please write the update."));
	}

	@Test
	void editsAnEntry() throws Exception {
		this.admin.perform(get("/admin/live/entries/5").with(as(Role.AUTHOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("L&iacute;deres llegan &mdash; &laquo;ya&raquo;</textarea>")));
		this.admin.perform(form(post("/admin/live/entries/5").param("body", "Líderes llegaron."), Role.AUTHOR))
			.andExpect(redirectedUrl("/admin/live/42#entry-5"));
		verify(this.live).edit(5L, new LiveEntryDraft("Líderes llegaron.", null, false));
	}

	@Test
	void deletesAnEntryAndEndsCoverage() throws Exception {
		this.admin.perform(form(post("/admin/live/entries/5/delete"), Role.AUTHOR))
			.andExpect(redirectedUrl("/admin/live/42"));
		verify(this.live).delete(5L);
		this.admin.perform(form(post("/admin/live/42/end"), Role.EDITOR)).andExpect(redirectedUrl("/admin/live/42"));
		verify(this.live).end(42L);
	}

	@Test
	void filingAfterTheEndIsRefusedWithTheReason() throws Exception {
		willThrow(new RuleViolationException("live.error.ended")).given(this.live).file(any(), any());
		this.admin.perform(form(post("/admin/live/42/entries").param("body", "Tarde"), Role.AUTHOR))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Live coverage of this story has ended")));
	}

}
