package news.dateline.comment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import news.dateline.system.Timestamps;

/**
 * A comment as the thread shows it, with its replies. The body is split into paragraphs
 * of text and link pieces, so templates escape every piece and never emit the commenter's
 * HTML. A staff reply ({@code staff}) is shown with a badge.
 */
public record CommentView(Long id, Long parentId, int depth, String authorName, String authorWebsite, Instant createdAt,
		List<List<Piece>> paragraphs, boolean awaitingModeration, List<CommentView> replies, boolean staff) {

	private static final Pattern LINK = Pattern.compile("(?i)\\bhttps?://[^\\s<>\"]+[^\\s<>\".,;:!?)\\]]");

	private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\R\\s*\\R");

	/** A reader's comment (not a staff reply). */
	public CommentView(Long id, Long parentId, int depth, String authorName, String authorWebsite, Instant createdAt,
			List<List<Piece>> paragraphs, boolean awaitingModeration, List<CommentView> replies) {
		this(id, parentId, depth, authorName, authorWebsite, createdAt, paragraphs, awaitingModeration, replies, false);
	}

	public String anchor() {
		return "comment-" + this.id;
	}

	/** The id of the element naming the author, which labels the comment. */
	public String authorAnchor() {
		return "comment-" + this.id + "-author";
	}

	/** The link to this comment on its story's page. */
	public String permalink() {
		return "#comment-" + this.id;
	}

	/** The machine-readable time, for {@code <time datetime>}. */
	public String createdIso() {
		return Timestamps.iso(this.createdAt);
	}

	/** The class that marks a held comment or a staff reply, or null for any other. */
	public String modifier() {
		return this.awaitingModeration ? "comment--held" : (this.staff ? "comment--staff" : null);
	}

	/**
	 * The body as paragraphs of text and link pieces (unmodifiable, so a split can be
	 * shared).
	 */
	public static List<List<Piece>> paragraphs(String body) {
		List<List<Piece>> paragraphs = new ArrayList<>();
		for (String paragraph : PARAGRAPH_BREAK.split(body.strip())) {
			if (!paragraph.isBlank()) {
				paragraphs.add(pieces(paragraph.strip()));
			}
		}
		return List.copyOf(paragraphs);
	}

	private static List<Piece> pieces(String text) {
		List<Piece> pieces = new ArrayList<>();
		Matcher matcher = LINK.matcher(text);
		int last = 0;
		while (matcher.find()) {
			if (matcher.start() > last) {
				pieces.add(new Piece(text.substring(last, matcher.start()), null));
			}
			pieces.add(new Piece(matcher.group(), matcher.group()));
			last = matcher.end();
		}
		if (last < text.length()) {
			pieces.add(new Piece(text.substring(last), null));
		}
		return List.copyOf(pieces);
	}

	/** A run of text, or a link when {@code href} is set. */
	public record Piece(String text, String href) {

		public boolean isLink() {
			return this.href != null;
		}

	}

}
