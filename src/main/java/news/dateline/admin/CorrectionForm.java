package news.dateline.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import news.dateline.article.CorrectionKind;

/**
 * A new entry for a story's corrections log. The kind is the name of a
 * {@link CorrectionKind}.
 */
record CorrectionForm(@NotBlank @Pattern(regexp = "CORRECTION|CLARIFICATION|UPDATE|EDITORS_NOTE") String kind,
		@NotBlank @Size(max = 2000) String note) {

	static CorrectionForm empty() {
		return new CorrectionForm(CorrectionKind.CORRECTION.name(), "");
	}

	CorrectionKind correctionKind() {
		return CorrectionKind.valueOf(this.kind);
	}

}
