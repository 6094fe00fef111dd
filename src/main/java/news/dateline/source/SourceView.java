package news.dateline.source;

/**
 * A source as pages show it, with its rendered attribution.
 */
public record SourceView(Long id, String slug, String name, SourceKind kind, String url, String attribution) {

	public String pageUrl() {
		return "/sources/" + this.slug;
	}

}
