package news.dateline.admin;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import news.dateline.article.ArticleEdit;
import news.dateline.article.ArticleEditor;
import news.dateline.article.ArticleStatus;
import news.dateline.article.ArticleSummary;
import news.dateline.article.ChecklistItem;
import news.dateline.article.CorrectionKind;
import news.dateline.article.CorrectionView;
import news.dateline.article.EditorOptions;
import news.dateline.article.EditorialActions;
import news.dateline.support.MutableClock;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Read models the admin slices give their mocked services to return.
 */
final class AdminSamples {

	static final Long ID = 5L;

	static final String SLUG = "pact-alarms-seoul";

	static final EditorOptions OPTIONS = new EditorOptions(List.of(new EditorOptions.Option("world", "World")),
			List.of(new EditorOptions.Option("tarun-kumar", "Tarun Kumar"),
					new EditorOptions.Option("mina-park", "Mina Park")),
			List.of(new EditorOptions.Option("ap", "AP"), new EditorOptions.Option("staff", "Dateline staff")));

	static final EditorialActions EDITOR_ACTIONS = new EditorialActions(true, false, true, true, true, false, false);

	static final EditorialActions EVERY_ACTION = new EditorialActions(true, true, true, true, true, true, true);

	private AdminSamples() {
	}

	static ArticleEdit edit(String headline, String body, long version) {
		return new ArticleEdit(headline, "Seoul condemns the pact.", "Seoul", "South Korea", body, "world",
				"North Korea", List.of("tarun-kumar"), List.of("ap"), SLUG, "", "", "", "", "", "", true, version);
	}

	static ArticleEditor editor(ArticleStatus status, List<ChecklistItem> unmet, EditorialActions actions) {
		return new ArticleEditor(ID, SLUG, status, null, null, MutableClock.START, false,
				edit("Pact alarms Seoul", "South Korea on Thursday condemned the pact.", 3), unmet, actions,
				List.of(new CorrectionView(9L, CorrectionKind.CLARIFICATION, "The pact was signed on Wednesday.",
						MutableClock.START)),
				"http://localhost:8080/preview/5?expires=1781949600&sig=abc");
	}

	/**
	 * A filled-in editor form, posted with its CSRF token; {@code changes} are name/value
	 * pairs that replace the defaults.
	 */
	static MockHttpServletRequestBuilder articleForm(String path, String... changes) {
		Map<String, List<String>> fields = new LinkedHashMap<>();
		fields.put("headline", List.of("Pact alarms Seoul"));
		fields.put("deck", List.of("Seoul condemns the pact."));
		fields.put("datelineCity", List.of("Seoul"));
		fields.put("datelineCountry", List.of("South Korea"));
		fields.put("body", List.of("South Korea on **Thursday** condemned the pact."));
		fields.put("sectionSlug", List.of("world"));
		fields.put("tags", List.of("North Korea, Pacts"));
		fields.put("bylines", List.of("", "mina-park", "tarun-kumar"));
		fields.put("sources", List.of("ap", ""));
		fields.put("slug", List.of(""));
		fields.put("commentsOpen", List.of("true"));
		fields.put("version", List.of("3"));
		for (int i = 0; i < changes.length; i += 2) {
			fields.put(changes[i], List.of(changes[i + 1]));
		}
		MockHttpServletRequestBuilder request = post(path).with(csrf());
		fields.forEach((name, values) -> request.param(name, values.toArray(String[]::new)));
		return request;
	}

}
