package news.dateline.support;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * The Nu Html Checker (the engine behind validator.w3.org/nu), run in-process on a
 * rendered page. Returns the errors it reports; warnings are left out.
 */
public final class HtmlChecker {

	private static final String HTML_SCHEMA = "http://s.validator.nu/html5-all.rnc";

	private HtmlChecker() {
	}

	public static List<String> errors(String html) {
		List<String> errors = new ArrayList<>();
		ErrorHandler handler = new ErrorHandler() {

			@Override
			public void warning(SAXParseException ex) {
			}

			@Override
			public void error(SAXParseException ex) {
				errors.add(ex.getLineNumber() + ":" + ex.getColumnNumber() + " " + ex.getMessage());
			}

			@Override
			public void fatalError(SAXParseException ex) {
				error(ex);
			}

		};
		try {
			SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
			validator.setUpMainSchema(HTML_SCHEMA, handler);
			validator.setUpValidatorAndParsers(handler, true, false);
			validator.checkHtmlInputSource(new InputSource(new StringReader(html)));
		}
		catch (Exception ex) {
			throw new IllegalStateException("The HTML checker failed to run", ex);
		}
		return errors;
	}

}
