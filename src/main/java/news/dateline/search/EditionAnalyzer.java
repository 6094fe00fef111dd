package news.dateline.search;

import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;

/**
 * Analyses each field in its language. The index is one Lucene index for every edition; a
 * story's language-dependent text goes into fields named for its language
 * ({@code headline} for English, {@code headline_es} for Spanish, see
 * {@link SearchIndex#field}), because Lucene hands an analyser nothing but the field's
 * name. So both the writer and the query parser use this wrapper, and a Spanish query is
 * analysed like the Spanish stories it searches. A field without a language suffix, or
 * with one of a language that has no analyser here, is analysed as English.
 */
final class EditionAnalyzer extends DelegatingAnalyzerWrapper {

	private final Analyzer english = new NewsAnalyzer();

	private final Map<String, Analyzer> bySuffix = Map.of("_es", new SpanishNewsAnalyzer());

	EditionAnalyzer() {
		super(PER_FIELD_REUSE_STRATEGY);
	}

	@Override
	protected Analyzer getWrappedAnalyzer(String fieldName) {
		int underscore = fieldName.lastIndexOf('_');
		if (underscore < 0) {
			return this.english;
		}
		return this.bySuffix.getOrDefault(fieldName.substring(underscore), this.english);
	}

	@Override
	public void close() {
		this.english.close();
		this.bySuffix.values().forEach(Analyzer::close);
		super.close();
	}

}
