package news.dateline.section;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import news.dateline.system.SluggedItems;

/**
 * A section of the publication, such as World or Food, with its place in the navigation.
 */
@Entity
public class Section implements SluggedItems.Item {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

	private String name;

	private String description;

	private int position;

	/** The section this one sits under, or null for a top-level section. */
	private Long parentId;

	@Version
	private long version;

	protected Section() {
	}

	public Section(String slug, String name, String description, int position) {
		this.slug = slug;
		this.name = name;
		this.description = description;
		this.position = position;
	}

	@Override
	public Long getId() {
		return this.id;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getName() {
		return this.name;
	}

	public String getDescription() {
		return this.description;
	}

	public int getPosition() {
		return this.position;
	}

	public Long getParentId() {
		return this.parentId;
	}

	/** Puts the section under another; null makes it a top-level section. */
	void placeUnder(Section parent) {
		this.parentId = (parent != null && parent != this) ? parent.getId() : null;
	}

	@Override
	public long getVersion() {
		return this.version;
	}

	/** Takes an editor's changes. */
	void apply(SectionDetails details) {
		this.slug = details.slug();
		this.name = details.name();
		this.description = details.description();
		this.position = details.position();
	}

	SectionDetails details() {
		return new SectionDetails(this.name, this.slug, this.description, this.position);
	}

	public SectionView toView() {
		return new SectionView(this.id, this.slug, this.name, this.description);
	}

}
