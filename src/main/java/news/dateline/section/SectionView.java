package news.dateline.section;

/**
 * A section as pages show it.
 */
public record SectionView(Long id, String slug, String name, String description) {

	public String url() {
		return "/sections/" + this.slug;
	}

}
