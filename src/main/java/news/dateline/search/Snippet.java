package news.dateline.search;

import java.util.List;

/**
 * Text with the words that matched a search marked: plain pieces that templates escape
 * and wrap in {@code <mark>} where {@link Piece#match()} is set, so no stored or typed
 * text is ever output as HTML.
 */
public record Snippet(List<Piece> pieces) {

	static Snippet plain(String text) {
		return new Snippet((text == null || text.isEmpty()) ? List.of() : List.of(new Piece(text, false)));
	}

	public boolean isEmpty() {
		return this.pieces.isEmpty();
	}

	/** The text without marks. */
	public String text() {
		StringBuilder text = new StringBuilder();
		this.pieces.forEach((piece) -> text.append(piece.text()));
		return text.toString();
	}

	/** A run of text, matched or not. */
	public record Piece(String text, boolean match) {
	}

}
