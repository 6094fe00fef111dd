package news.dateline.admin;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import news.dateline.section.SectionDetails;
import news.dateline.system.Versioned;

/**
 * A section as an editor edits it; {@code position} orders the navigation.
 */
record SectionForm(@NotBlank @Size(max = 120) String name, @Size(max = 80) String slug,
		@Size(max = 1000) String description, @NotNull @Min(0) @Max(10000) Integer position, long version) {

	static SectionForm empty() {
		return new SectionForm("", "", "", 0, 0);
	}

	static SectionForm of(Versioned<SectionDetails> section) {
		SectionDetails details = section.value();
		return new SectionForm(details.name(), details.slug(), details.description(), details.position(),
				section.version());
	}

	SectionDetails toDetails() {
		return new SectionDetails(this.name, this.slug,
				(this.description == null || this.description.isBlank()) ? null : this.description.strip(),
				this.position);
	}

}
