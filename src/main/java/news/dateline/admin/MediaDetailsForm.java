package news.dateline.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import news.dateline.media.MediaDetails;
import news.dateline.system.Versioned;

/**
 * A library image's description as an editor changes it after the upload, with the
 * version read.
 */
record MediaDetailsForm(@NotBlank @Size(max = 500) String alt, @Size(max = 1000) String caption,
		@Size(max = 300) String credit, long version) {

	static MediaDetailsForm of(Versioned<MediaDetails> media) {
		MediaDetails details = media.value();
		return new MediaDetailsForm(details.alt(), details.caption(), details.credit(), media.version());
	}

	MediaDetails toDetails() {
		return new MediaDetails(this.alt, this.caption, this.credit);
	}

}
