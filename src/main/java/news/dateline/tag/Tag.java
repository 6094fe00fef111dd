package news.dateline.tag;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * A topic that stories share across sections.
 */
@Entity
public class Tag {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

	private String name;

	@Version
	private long version;

	protected Tag() {
	}

	public Tag(String slug, String name) {
		this.slug = slug;
		this.name = name;
	}

	public Long getId() {
		return this.id;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getName() {
		return this.name;
	}

	public long getVersion() {
		return this.version;
	}

	/** Renames the tag (and its URL, when the slug changes). */
	void rename(TagDetails details) {
		this.slug = details.slug();
		this.name = details.name();
	}

	TagDetails details() {
		return new TagDetails(this.name, this.slug);
	}

	public TagView toView() {
		return new TagView(this.id, this.slug, this.name);
	}

}
