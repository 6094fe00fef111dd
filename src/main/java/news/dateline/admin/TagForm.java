package news.dateline.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import news.dateline.system.Versioned;
import news.dateline.tag.TagDetails;

/**
 * A tag's new name and slug.
 */
record TagForm(@NotBlank @Size(max = 120) String name, @Size(max = 80) String slug, long version) {

	static TagForm of(Versioned<TagDetails> tag) {
		return new TagForm(tag.value().name(), tag.value().slug(), tag.version());
	}

	TagDetails toDetails() {
		return new TagDetails(this.name, this.slug);
	}

}
