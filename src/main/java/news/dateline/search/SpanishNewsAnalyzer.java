package news.dateline.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Spanish text analysis for the Spanish edition's stories and queries, the chain of
 * Lucene's {@link SpanishAnalyzer}: Unicode words, lower case, Spanish stop words removed
 * ("de", "la", "que"), light stemming of plurals and gender ("elecciones" and "elección"
 * are "eleccion"), then accents folded ("Peña" is "pena"), so a reader who types without
 * them finds the words written with them. The sibling of {@link NewsAnalyzer}.
 */
final class SpanishNewsAnalyzer extends Analyzer {

	@Override
	protected TokenStreamComponents createComponents(String fieldName) {
		StandardTokenizer source = new StandardTokenizer();
		TokenStream stream = new LowerCaseFilter(source);
		stream = new StopFilter(stream, SpanishAnalyzer.getDefaultStopSet());
		stream = new SpanishLightStemFilter(stream);
		stream = new ASCIIFoldingFilter(stream);
		return new TokenStreamComponents(source, stream);
	}

	@Override
	protected TokenStream normalize(String fieldName, TokenStream in) {
		return new ASCIIFoldingFilter(new LowerCaseFilter(in));
	}

}
