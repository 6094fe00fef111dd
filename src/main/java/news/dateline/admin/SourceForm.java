package news.dateline.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import news.dateline.source.SourceDetails;
import news.dateline.source.SourceKind;
import news.dateline.system.Versioned;

/**
 * A source as an editor edits it; the attribution template names the source with
 * {@code {name}}.
 */
record SourceForm(@NotBlank @Size(max = 160) String name, @Size(max = 80) String slug, @NotNull SourceKind kind,
		@Size(max = 500) @Pattern(regexp = "|https?://\\S+") String url,
		@NotBlank @Size(max = 300) String attributionTemplate, long version) {

	static SourceForm empty() {
		return new SourceForm("", "", SourceKind.WIRE, "", "With information from {name}", 0);
	}

	static SourceForm of(Versioned<SourceDetails> source) {
		SourceDetails details = source.value();
		return new SourceForm(details.name(), details.slug(), details.kind(), details.url(),
				details.attributionTemplate(), source.version());
	}

	SourceDetails toDetails() {
		return new SourceDetails(this.name, this.slug, this.kind,
				(this.url == null || this.url.isBlank()) ? null : this.url.strip(), this.attributionTemplate.strip());
	}

}
