package news.dateline.web;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import news.dateline.article.CorrectionEntry;
import news.dateline.article.CorrectionKind;
import news.dateline.article.CorrectionPage;
import news.dateline.article.CorrectionService;
import news.dateline.support.MutableClock;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

class CorrectionsControllerTests extends WebSliceTests {

	@Autowired
	CorrectionService correctionLog;

	@Test
	void listsCorrectionsNewestFirstWithLinksToTheStories() throws Exception {
		CorrectionPage page = new CorrectionPage(
				List.of(new CorrectionEntry(9L, CorrectionKind.EDITORS_NOTE,
						"This story was updated with <b>reaction</b>.", MutableClock.START, SLUG, "Military agreement"),
						new CorrectionEntry(8L, CorrectionKind.CORRECTION, "An earlier version misstated the date.",
								MutableClock.START.minusSeconds(3600), "other-story", "Other story")),
				"1781949600000000-8");
		given(this.correctionLog.page(isNull())).willReturn(page);
		this.mvc.perform(get("/corrections"))
			.andExpect(status().isOk())
			.andExpect(view().name("corrections/list"))
			.andExpect(model().attribute("page", page))
			.andExpect(header().string("Cache-Control", CachePolicy.PUBLIC))
			.andExpect(content().string(allOf(containsString("Editor\u2019s note"), containsString("Correction"),
					containsString("href=\"/articles/" + SLUG + "#correction-9\">Military agreement</a>"),
					containsString("This story was updated with &lt;b&gt;reaction&lt;/b&gt;."),
					containsString("href=\"/corrections?before=1781949600000000-8\""),
					containsString("href=\"/corrections\">Corrections</a>"))));
	}

	@Test
	void saysSoWhenThereAreNone() throws Exception {
		given(this.correctionLog.page("x")).willReturn(new CorrectionPage(List.of(), null));
		this.mvc.perform(get("/corrections").param("before", "x"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("No corrections have been published."),
					containsString("<meta name=\"robots\" content=\"noindex, follow\">"))));
	}

}
