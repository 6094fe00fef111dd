package news.dateline.article;

import java.util.Locale;

import org.springframework.stereotype.Service;

import news.dateline.security.CurrentActor;

/**
 * The editor's live preview: a Markdown body rendered and sanitised exactly as a save
 * would ({@link BodyRenderer}), opened by the dateline, for any signed-in staff member.
 * Nothing is stored. The full-page preview of the whole form is
 * {@link EditorialService#preview}.
 */
@Service
public class BodyPreview {

	/** The longest body rendered (as the form allows). */
	public static final int MAX_BODY = 300_000;

	private final BodyRenderer renderer;

	private final CurrentActor currentActor;

	BodyPreview(BodyRenderer renderer, CurrentActor currentActor) {
		this.renderer = renderer;
		this.currentActor = currentActor;
	}

	/**
	 * The sanitised HTML of the body (the editor's script counts the words itself).
	 */
	public Rendered render(String markdown, String datelineCity) {
		this.currentActor.require();
		String body = (markdown == null) ? "" : markdown;
		if (body.length() > MAX_BODY) {
			throw new ArticleRejectedException("body", "Size.articleForm.body");
		}
		String label = (datelineCity == null || datelineCity.isBlank()) ? null
				: datelineCity.strip().toUpperCase(Locale.ROOT) + ".-";
		return new Rendered(this.renderer.render(body, label));
	}

	/** Sanitised HTML. */
	public record Rendered(String html) {
	}

}
