package news.dateline.article;

import java.util.Map;

/**
 * What the article page links to on its versions page: whether there is one (the story
 * has had material changes since it was first published) and, for each correction, the
 * version it describes.
 */
public record VersionLinks(String url, int materialVersions, Map<Long, Integer> correctionVersions) {

	public boolean shown() {
		return this.url != null && this.materialVersions > 1;
	}

	/** The link to the version the correction describes, or null. */
	public String linkFor(Long correctionId) {
		Integer number = this.correctionVersions.get(correctionId);
		return (number == null || !shown()) ? null : this.url + "#version-" + number;
	}

}
