package news.dateline.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import news.dateline.article.CorrectionKind;

/**
 * A new entry for a story's corrections log.
 */
record CorrectionForm(@NotNull CorrectionKind kind, @NotBlank @Size(max = 2000) String note) {

	static CorrectionForm empty() {
		return new CorrectionForm(CorrectionKind.CORRECTION, "");
	}

}
