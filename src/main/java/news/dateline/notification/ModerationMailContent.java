package news.dateline.notification;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import news.dateline.comment.HeldComment;
import news.dateline.report.ReceivedReport;
import news.dateline.system.SiteProperties;
import news.dateline.user.StaffContact;

/**
 * What a moderator's mail shows: their name, the held comments and error reports (names
 * and excerpts, never a reader's or a colleague's address) and absolute links into the
 * admin.
 */
@Component
public class ModerationMailContent {

	private final SiteProperties site;

	ModerationMailContent(SiteProperties site) {
		this.site = site;
	}

	Map<String, Object> variables(StaffContact moderator, List<HeldComment> held, List<ReceivedReport> reports) {
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put("name", moderator.displayName());
		variables.put("comments",
				held.stream()
					.map((comment) -> new Item(comment.authorName(), comment.excerpt(),
							this.site.absolute("/admin/comments/" + comment.id())))
					.toList());
		variables.put("reports",
				reports.stream()
					.map((report) -> new Item(null, report.excerpt(), this.site.absolute("/admin/reports")))
					.toList());
		variables.put("queueUrl", this.site.absolute("/admin/comments"));
		variables.put("reportsUrl", this.site.absolute("/admin/reports"));
		variables.put("preferencesUrl", this.site.absolute("/admin/notifications"));
		return variables;
	}

	/**
	 * One line of a moderator's mail.
	 *
	 * @param who the commenter's name, or null for a report
	 * @param excerpt the start of the text
	 * @param url the absolute admin URL to act on it
	 */
	public record Item(String who, String excerpt, String url) {

	}

}
