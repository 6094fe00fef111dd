package news.dateline.system;

import java.util.Arrays;
import java.util.List;

import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceChainRegistration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Serves the static files (style sheets, scripts, icon) under their own paths only
 * ({@code /css/**}, {@code /js/**}, {@code /*.svg}), with the fingerprinted URLs and long
 * caching that {@code spring.web.resources.*} asks for. Spring Boot's default mapping of
 * {@code /**} would make every link a page writes ({@code @{/articles/...}}) look for a
 * file of that name in the jar before it is written out, which cost more than half of a
 * search page's time; {@code spring.web.resources.add-mappings=false} turns that mapping
 * off.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebProperties.class)
class StaticResourceConfiguration implements WebMvcConfigurer {

	/**
	 * The folders of static files, each served under its own name, and the files at the
	 * top (the icon).
	 */
	static final List<String> FOLDERS = List.of("css/", "js/", "img/", "");

	private static final String TOP_LEVEL_FILES = "/*.svg";

	private final WebProperties.Resources resources;

	StaticResourceConfiguration(WebProperties web) {
		this.resources = web.getResources();
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		for (String folder : FOLDERS) {
			String pattern = folder.isEmpty() ? TOP_LEVEL_FILES : "/" + folder + "**";
			String[] locations = Arrays.stream(this.resources.getStaticLocations())
				.map((location) -> (location.endsWith("/") ? location : location + "/") + folder)
				.toArray(String[]::new);
			register(registry.addResourceHandler(pattern).addResourceLocations(locations));
		}
	}

	private void register(ResourceHandlerRegistration registration) {
		WebProperties.Resources.Chain chain = this.resources.getChain();
		registration.setCacheControl(this.resources.getCache().getCachecontrol().toHttpCacheControl());
		ResourceChainRegistration resolvers = registration.resourceChain(chain.isCache());
		if (chain.getStrategy().getContent().isEnabled()) {
			resolvers.addResolver(new VersionResourceResolver()
				.addContentVersionStrategy(chain.getStrategy().getContent().getPaths()));
		}
	}

}
