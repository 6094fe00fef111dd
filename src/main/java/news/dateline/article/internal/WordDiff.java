package news.dateline.article.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;

import news.dateline.article.DiffSegment;

/**
 * A word-level diff of two texts (java-diff-utils' Myers diff over word, space and
 * punctuation tokens), as runs of unchanged, deleted and inserted text. Runs are plain
 * text, escaped when shown.
 */
public final class WordDiff {

	/**
	 * Words (with inner apostrophes), runs of white space, and single other characters.
	 */
	private static final Pattern TOKEN = Pattern
		.compile("[\\p{L}\\p{N}_]+(?:['\u2019][\\p{L}\\p{N}_]+)*|\\s+|[^\\p{L}\\p{N}_\\s]");

	private WordDiff() {
	}

	public static List<DiffSegment> between(String before, String after) {
		List<String> older = tokens(before);
		List<String> newer = tokens(after);
		List<DiffSegment> segments = new ArrayList<>();
		int position = 0;
		for (AbstractDelta<String> delta : DiffUtils.diff(older, newer).getDeltas()) {
			add(segments, DiffSegment.Change.UNCHANGED, older.subList(position, delta.getSource().getPosition()));
			add(segments, DiffSegment.Change.DELETED, delta.getSource().getLines());
			add(segments, DiffSegment.Change.INSERTED, delta.getTarget().getLines());
			position = delta.getSource().getPosition() + delta.getSource().size();
		}
		add(segments, DiffSegment.Change.UNCHANGED, older.subList(position, older.size()));
		return segments;
	}

	public static List<String> tokens(String text) {
		List<String> tokens = new ArrayList<>();
		if (text == null) {
			return tokens;
		}
		Matcher matcher = TOKEN.matcher(text);
		while (matcher.find()) {
			tokens.add(matcher.group());
		}
		return tokens;
	}

	private static void add(List<DiffSegment> segments, DiffSegment.Change change, List<String> tokens) {
		if (tokens.isEmpty()) {
			return;
		}
		String text = String.join("", tokens);
		int last = segments.size() - 1;
		if (last >= 0 && segments.get(last).change() == change) {
			segments.set(last, new DiffSegment(change, segments.get(last).text() + text));
		}
		else {
			segments.add(new DiffSegment(change, text));
		}
	}

}
