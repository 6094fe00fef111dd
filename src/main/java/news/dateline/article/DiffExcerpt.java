package news.dateline.article;

import java.util.ArrayList;
import java.util.List;

/**
 * Shortens the unchanged runs of a long text's diff to a little context either side of
 * each change, so a versions page shows what changed, not the whole story again.
 */
final class DiffExcerpt {

	static final int CONTEXT = 160;

	static final String GAP = " … ";

	private DiffExcerpt() {
	}

	static List<DiffSegment> of(List<DiffSegment> segments) {
		List<DiffSegment> shortened = new ArrayList<>(segments.size());
		for (int i = 0; i < segments.size(); i++) {
			DiffSegment segment = segments.get(i);
			String text = segment.text();
			if (segment.inserted() || segment.deleted() || text.length() <= 2 * CONTEXT + GAP.length()) {
				shortened.add(segment);
				continue;
			}
			boolean lead = i == 0;
			boolean tail = i == segments.size() - 1;
			String head = lead ? "" : cutAfter(text, CONTEXT);
			String end = tail ? "" : cutBefore(text, text.length() - CONTEXT);
			shortened.add(new DiffSegment(DiffSegment.Change.UNCHANGED, head + GAP + end));
		}
		return shortened;
	}

	/** The text up to a word end near {@code at}. */
	private static String cutAfter(String text, int at) {
		int space = text.indexOf(' ', at);
		return (space < 0 || space > at + 40) ? text.substring(0, at) : text.substring(0, space);
	}

	/** The text from a word start near {@code at}. */
	private static String cutBefore(String text, int at) {
		int space = text.lastIndexOf(' ', at);
		return (space < 0 || space < at - 40) ? text.substring(at) : text.substring(space + 1);
	}

}
