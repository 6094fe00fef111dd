package news.dateline.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import tools.jackson.databind.json.JsonMapper;

import news.dateline.live.LiveEntryView;
import news.dateline.system.SiteProperties;

/**
 * The data of a live entry's event, as streams and polls send it: JSON with the entry's
 * id, number, pin and key-event title and its HTML, rendered by the same template
 * fragment as the page ({@code fragments/live :: entry}). Each write of an entry is
 * rendered once and kept a while, whatever the number of readers.
 */
@Component
class LiveFragments {

	static final int KEPT = 512;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ITemplateEngine templates;

	private final ApplicationContext context;

	private final Locale locale;

	private final Map<String, String> rendered = new LinkedHashMap<>(64, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
			return size() > KEPT;
		}
	};

	LiveFragments(ITemplateEngine templates, ApplicationContext context, SiteProperties site) {
		this.templates = templates;
		this.context = context;
		this.locale = Locale.forLanguageTag(site.language());
	}

	/** The event data of an entry's write (a deleted entry: only its id and number). */
	String data(LiveEntryView entry) {
		String key = entry.articleId() + ":" + entry.seq() + ":" + entry.id();
		synchronized (this.rendered) {
			String kept = this.rendered.get(key);
			if (kept != null) {
				return kept;
			}
		}
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("id", entry.id());
		data.put("seq", entry.seq());
		if (entry.deleted()) {
			data.put("deleted", true);
		}
		else {
			data.put("pinned", entry.pinned());
			data.put("keyTitle", entry.keyTitle());
			data.put("anchor", entry.anchor());
			data.put("html", html(entry));
		}
		String json = JSON.writeValueAsString(data);
		synchronized (this.rendered) {
			this.rendered.put(key, json);
		}
		return json;
	}

	/** The entry's {@code <article>} element, as the page shows it. */
	String html(LiveEntryView entry) {
		Context variables = new Context(this.locale);
		variables.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(this.context, null));
		variables.setVariable("entry", entry);
		return this.templates.process("fragments/live-entry", java.util.Set.of("entry"), variables).strip();
	}

}
