package news.dateline.system;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The site's editions, {@code dateline.editions.*}. A third language needs its code in
 * {@code codes} and a {@code messages_<code>.properties} bundle; its style may be set in
 * {@code styles.<code>.*}.
 *
 * @param codes the editions' codes (their stories' language), the default one included
 * @param defaultCode the edition at the site's plain paths; the others live under
 * {@code /<code>}
 * @param styles per edition, what differs from the defaults (none by default)
 */
@ConfigurationProperties("dateline.editions")
@Validated
public record EditionSettings(@DefaultValue( {
		"en", "es" }) @NotEmpty List<@Pattern(regexp = CODE) String> codes,
		@DefaultValue("en") @NotNull @Pattern(regexp = CODE) String defaultCode,
		@DefaultValue Map<String, @Valid Style> styles){

	/** A lower-case language code, which is also safe as a path segment. */
	static final String CODE = "[a-z]{2,3}";

	public EditionSettings {
		if (codes != null && defaultCode != null && !codes.contains(defaultCode)) {
			throw new IllegalArgumentException(
					"dateline.editions.default-code " + defaultCode + " is not one of the codes " + codes);
		}
		styles = (styles != null) ? Map.copyOf(styles) : Map.of();
	}

	/**
	 * An edition's style.
	 *
	 * @param locale its locale as a BCP 47 tag (its code by default, such as "es")
	 * @param datelineSuffix what follows the upper-cased city ("SEOUL.-")
	 * @param sourceLineKey the message key of its source line
	 */
	public record Style(String locale, @DefaultValue(".-") @NotNull String datelineSuffix,
			@DefaultValue("edition.source-line") @NotBlank String sourceLineKey) {

	}

}
