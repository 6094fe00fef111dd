package news.dateline.admin;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import news.dateline.audit.AuditEntry;
import news.dateline.audit.AuditPage;
import news.dateline.security.Role;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class AuditControllerTests extends AdminSliceTests {

	@Test
	void listsWhoDidWhatNewestFirstWithALinkToOlderEntries() throws Exception {
		given(this.audit.page(500L)).willReturn(new AuditPage(List.of(
				new AuditEntry(499L, Instant.parse("2026-06-20T08:45:00Z"), "sign-in", "user.lockout", "staff_user",
						"5", "Locked for 1 min after 5 failed sign-ins"),
				new AuditEntry(498L, Instant.parse("2026-06-20T08:40:00Z"), "Mina Park", "article.publish", "article",
						"42", "Pact alarms Seoul")),
				498L));
		this.admin.perform(get("/admin/audit").param("before", "500").with(as(Role.ADMINISTRATOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString("locked an account after failed sign-ins"), containsString("article.publish"),
							containsString("Pact alarms Seoul"), containsString("href=\"/admin/audit?before=498\""))));
	}

}
