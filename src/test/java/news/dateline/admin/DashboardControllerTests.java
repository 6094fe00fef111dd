package news.dateline.admin;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import news.dateline.article.ArticleHeadline;
import news.dateline.article.ArticleService;
import news.dateline.article.DeskNotes;
import news.dateline.article.ArticleStatus;
import news.dateline.article.Assignment;
import news.dateline.audit.AuditEntry;
import news.dateline.comment.ModerationCounts;
import news.dateline.comment.ModerationSummary;
import news.dateline.security.Role;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class DashboardControllerTests extends AdminSliceTests {

	@Autowired
	DeskNotes deskNotes;

	@Autowired
	ArticleService articles;

	@Test
	void showsModeratorsTheHeldCommentsAndAdministratorsTheRecentActivity() throws Exception {
		given(this.moderation.summary()).willReturn(Optional
			.of(new ModerationSummary(new ModerationCounts(4, 0, 0, 0), List.of(AdminCommentControllerTests.HELD))));
		given(this.audit.recent(anyInt()))
			.willReturn(Optional.of(List.of(new AuditEntry(1L, Instant.parse("2026-06-20T08:45:00Z"), "Mina Park",
					"comment.approve", "comment", "31", "PENDING to APPROVED"))));
		this.admin.perform(get("/admin").with(as(Role.ADMINISTRATOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString("4 comments await moderation"), containsString("href=\"/admin/comments/31\""),
							containsString("on “Pact alarms Seoul”"), containsString("Recent activity"),
							containsString("Mina Park"), containsString("approved a comment"))));
	}

	@Test
	void showsWhatIsAssignedToMeAndTheActivityAsSentencesInTheSiteTimeZone() throws Exception {
		given(this.deskNotes.assignedToMe()).willReturn(List.of(new Assignment(5L, "Pacto «alarma» en 서울",
				ArticleStatus.DRAFT, 9L, "Sam Administrator", "Amara Okafor", Instant.parse("2026-06-20T08:00:00Z"))));
		given(this.articles.headlines(List.of(5L))).willReturn(
				Map.of(5L, new ArticleHeadline(5L, "border", "Border crossings reopen after three years — « enfin »")));
		given(this.audit.recent(anyInt())).willReturn(Optional.of(List.of(
				new AuditEntry(2L, Instant.parse("2026-06-20T08:45:00Z"), "Amara Okafor", "article.scheduled",
						"article", "5", "/articles/border: DRAFT -> SCHEDULED until 2026-12-03T06:00:00Z"),
				new AuditEntry(1L, Instant.parse("2026-06-20T08:40:00Z"), "Mina Park", "comment.approve", "comment",
						"31", "PENDING to APPROVED"))));
		this.admin.perform(get("/admin").with(as(Role.ADMINISTRATOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Assigned to me"),
					containsString("href=\"/admin/articles/5/edit\">Pacto «alarma» en 서울</a>"),
					containsString("Draft, assigned by Amara Okafor"),
					containsString("Amara Okafor scheduled “Border crossings reopen after three…” for 3 Dec, 06:00"),
					containsString("Mina Park: approved a comment"))));
	}

	@Test
	void leavesOutTheBlocksARoleDoesNotSee() throws Exception {
		this.admin.perform(get("/admin").with(as(Role.CONTRIBUTOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Welcome, Sam Contributor."),
					not(containsString("Comments awaiting moderation")), not(containsString("Recent activity")))));
	}

}
