package news.dateline.section;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A section of the publication, such as World or Food, with its place in the navigation.
 */
@Entity
public class Section {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

	private String name;

	private String description;

	private int position;

	protected Section() {
	}

	public Section(String slug, String name, String description, int position) {
		this.slug = slug;
		this.name = name;
		this.description = description;
		this.position = position;
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

	public String getDescription() {
		return this.description;
	}

	public int getPosition() {
		return this.position;
	}

	public SectionView toView() {
		return new SectionView(this.id, this.slug, this.name, this.description);
	}

}
