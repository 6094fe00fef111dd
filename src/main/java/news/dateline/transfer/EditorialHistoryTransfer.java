package news.dateline.transfer;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.stream.XMLStreamException;

import org.springframework.stereotype.Component;

import news.dateline.article.ArticleExports;
import news.dateline.article.ArticleExports.ExportedCorrection;
import news.dateline.article.ArticleExports.ExportedRevision;
import news.dateline.article.CorrectionKind;
import news.dateline.article.CorrectionService;
import news.dateline.article.ImportedRevision;
import news.dateline.article.RevisionService;

/**
 * Carries every story's revisions (the snapshot kept at each save) and its corrections
 * log through the export and back, as {@code dateline:revision} and
 * {@code dateline:correction} item children (docs/export-format.md). Who saved or
 * corrected is kept as recorded: the staff member's id on the site that wrote the export,
 * and their name; when readers first saw each revision and whether it was a minor fix, so
 * the public versions page reads the same after an import. Entries the importer cannot
 * read are left out. Entries are read through {@link ArticleExports} and stored through
 * the article module's services.
 */
@Component
class EditorialHistoryTransfer implements TransferExtension {

	private static final Set<String> KINDS = Set.of("CORRECTION", "CLARIFICATION", "UPDATE", "EDITORS_NOTE");

	private final ArticleExports exports;

	private final RevisionService revisions;

	private final CorrectionService corrections;

	EditorialHistoryTransfer(ArticleExports exports, RevisionService revisions, CorrectionService corrections) {
		this.exports = exports;
		this.revisions = revisions;
		this.corrections = corrections;
	}

	@Override
	public Set<String> articleElements() {
		return Set.of("revision", "correction");
	}

	@Override
	public ArticleWriter exportArticles(List<Long> articleIds) {
		Map<Long, List<ExportedRevision>> revisions = this.exports.revisions(articleIds);
		Map<Long, List<ExportedCorrection>> corrections = this.exports.corrections(articleIds);
		return (articleId, out) -> {
			for (ExportedRevision revision : revisions.getOrDefault(articleId, List.of())) {
				out.start("revision");
				out.attribute("number", Integer.toString(revision.number()));
				out.element("saved-at", revision.savedAt().toString());
				staff(out, "saved-by", revision.savedBy(), revision.savedByName());
				out.element("headline", revision.headline());
				out.element("deck", revision.deck());
				out.element("markdown", revision.bodyMarkdown());
				out.element("dateline-city", revision.datelineCity());
				out.element("dateline-country", revision.datelineCountry());
				if (revision.shownAt() != null) {
					out.element("shown-at", revision.shownAt().toString());
				}
				if (revision.minorFix()) {
					out.element("minor-fix", "true");
				}
				out.end();
			}
			for (ExportedCorrection correction : corrections.getOrDefault(articleId, List.of())) {
				out.start("correction");
				out.attribute("kind", correction.kind());
				out.element("created", correction.createdAt().toString());
				staff(out, "created-by", correction.createdBy(), correction.createdByName());
				out.element("note", correction.note());
				out.end();
			}
		};
	}

	@Override
	public void importArticle(Long articleId, List<XmlElement> elements) {
		for (XmlElement element : elements) {
			if (element.name().equals("revision")) {
				importRevision(articleId, element);
			}
			else {
				importCorrection(articleId, element);
			}
		}
	}

	private void importRevision(Long articleId, XmlElement revision) {
		String number = revision.attribute("number");
		Instant savedAt = instant(revision.text(Wxr.DATELINE, "saved-at"));
		String headline = revision.text(Wxr.DATELINE, "headline");
		String markdown = exact(revision, "markdown");
		if (number == null || !number.matches("\\d{1,9}") || savedAt == null || headline == null || markdown == null) {
			return;
		}
		XmlElement savedBy = revision.child(Wxr.DATELINE, "saved-by").orElse(null);
		this.revisions.importRevision(new ImportedRevision(articleId, Integer.parseInt(number), fit(headline, 300),
				fit(exact(revision, "deck"), 600), fit(markdown, StoryReader.MAX_BODY),
				fit(revision.text(Wxr.DATELINE, "dateline-city"), 100),
				fit(revision.text(Wxr.DATELINE, "dateline-country"), 100), staffId(savedBy), staffName(savedBy),
				savedAt, instant(revision.text(Wxr.DATELINE, "shown-at")),
				"true".equals(revision.text(Wxr.DATELINE, "minor-fix"))));
	}

	private void importCorrection(Long articleId, XmlElement correction) {
		String kind = correction.attribute("kind");
		Instant createdAt = instant(correction.text(Wxr.DATELINE, "created"));
		String note = exact(correction, "note");
		if (kind == null || !KINDS.contains(kind) || createdAt == null || note == null || note.isBlank()) {
			return;
		}
		XmlElement createdBy = correction.child(Wxr.DATELINE, "created-by").orElse(null);
		this.corrections.importCorrection(articleId, CorrectionKind.valueOf(kind), fit(note, 2000), staffId(createdBy),
				staffName(createdBy), createdAt);
	}

	private static void staff(WxrWriter out, String name, Object id, String displayName) throws XMLStreamException {
		if (id == null && displayName == null) {
			return;
		}
		out.start(name);
		out.attribute("id", (id != null) ? id.toString() : null);
		out.text((displayName != null) ? displayName : "");
		out.end();
	}

	private static Long staffId(XmlElement staff) {
		String id = (staff != null) ? staff.attribute("id") : null;
		return (id != null && id.matches("\\d{1,18}")) ? Long.valueOf(id) : null;
	}

	private static String staffName(XmlElement staff) {
		return (staff != null) ? fit(staff.trimmedText(), 160) : null;
	}

	/**
	 * The element's text as written (not trimmed: Markdown keeps its whitespace), or null
	 * when absent.
	 */
	private static String exact(XmlElement parent, String name) {
		return parent.child(Wxr.DATELINE, name).map(XmlElement::text).orElse(null);
	}

	private static Instant instant(String text) {
		try {
			return (text != null) ? Instant.parse(text) : null;
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	private static String fit(String value, int max) {
		return (value != null && value.length() > max) ? value.substring(0, max) : value;
	}

}
