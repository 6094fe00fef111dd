package news.dateline.security;

import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.validation.annotation.Validated;

/**
 * The security headers every response carries: a strict Content-Security-Policy (scripts
 * and styles only from this site, nothing inline), no framing, no MIME sniffing, a strict
 * referrer policy, a restrictive Permissions-Policy, and HSTS when
 * {@code dateline.security.hsts} is on (HTTPS sites).
 *
 * @param hsts send Strict-Transport-Security (only behind HTTPS)
 * @param imageSources extra image sources for the CSP, e.g. a media CDN ("https:" by
 * default, since featured images and author photos may be hosted elsewhere)
 */
@ConfigurationProperties("dateline.security")
@Validated
public record SecurityHeaders(boolean hsts,
		@DefaultValue("https:") @NotBlank String imageSources) implements Customizer<HeadersConfigurer<HttpSecurity>> {

	static final String PERMISSIONS_POLICY = "accelerometer=(), autoplay=(), camera=(), display-capture=(),"
			+ " geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), usb=(),"
			+ " interest-cohort=()";

	public SecurityHeaders {
		imageSources = (imageSources != null) ? imageSources.trim() : null;
	}

	/** The Content-Security-Policy of every page. */
	public String contentSecurityPolicy() {
		return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: " + this.imageSources
				+ "; font-src 'self'; connect-src 'self'; media-src 'self'; object-src 'none'; base-uri 'self';"
				+ " form-action 'self'; frame-ancestors 'none'";
	}

	@Override
	public void customize(HeadersConfigurer<HttpSecurity> headers) {
		headers.contentSecurityPolicy((csp) -> csp.policyDirectives(contentSecurityPolicy()))
			.frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
			.contentTypeOptions(Customizer.withDefaults())
			.referrerPolicy((referrer) -> referrer
				.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.permissionsPolicyHeader((permissions) -> permissions.policy(PERMISSIONS_POLICY));
		if (this.hsts) {
			headers.httpStrictTransportSecurity(
					(hstsConfig) -> hstsConfig.includeSubDomains(true).maxAgeInSeconds(31_536_000));
		}
		else {
			headers.httpStrictTransportSecurity(HeadersConfigurer.HstsConfig::disable);
		}
	}

}
