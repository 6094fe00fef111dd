package news.dateline.media;

import java.util.List;

/**
 * One page of the library list, newest first, for an optional search text.
 */
public record MediaPage(List<MediaView> items, int page, int totalPages, long total, String query) {

	public boolean hasPrevious() {
		return this.page > 1;
	}

	public boolean hasNext() {
		return this.page < this.totalPages && this.page < MediaService.MAX_PAGE;
	}

}
