package news.dateline.tag;

/**
 * A tag as pages show it.
 */
public record TagView(Long id, String slug, String name) {

	public String url() {
		return "/tags/" + this.slug;
	}

}
