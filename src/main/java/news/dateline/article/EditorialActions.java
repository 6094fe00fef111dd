package news.dateline.article;

/**
 * The workflow moves the editor page offers: each button is shown only where the service
 * would allow it (the service checks again when it is pressed).
 */
public record EditorialActions(boolean submit, boolean returnToDraft, boolean publish, boolean schedule,
		boolean embargo, boolean unpublish, boolean correct) {
}
