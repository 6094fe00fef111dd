package news.dateline.admin;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

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
	void leavesOutTheBlocksARoleDoesNotSee() throws Exception {
		this.admin.perform(get("/admin").with(as(Role.CONTRIBUTOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Welcome, Sam Contributor."),
					not(containsString("Comments awaiting moderation")), not(containsString("Recent activity")))));
	}

}
