package news.dateline.article;

import java.util.Locale;

/**
 * The kinds of entry in a story's corrections log, as newsrooms label them.
 */
public enum CorrectionKind {

	CORRECTION, CLARIFICATION, UPDATE, EDITORS_NOTE;

	/** The label shown with the entry, e.g. {@code correction.kind.editors-note}. */
	public String messageKey() {
		return "correction.kind." + name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
