package news.dateline.source;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A wire service or outlet a story draws on (AP, Reuters ...), and how the story credits it.
 */
@Entity
public class Source {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

	private String name;

	@Enumerated(EnumType.STRING)
	private SourceKind kind;

	private String url;

	private String attributionTemplate;

	protected Source() {
	}

	public Source(String slug, String name, SourceKind kind, String url, String attributionTemplate) {
		this.slug = slug;
		this.name = name;
		this.kind = kind;
		this.url = url;
		this.attributionTemplate = attributionTemplate;
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

	public SourceKind getKind() {
		return this.kind;
	}

	/** The credit as the "Source:" line shows it, e.g. "With information from AP". */
	public String attribution() {
		String template = (this.attributionTemplate == null || this.attributionTemplate.isBlank()) ? "{name}"
				: this.attributionTemplate;
		return template.replace("{name}", this.name);
	}

	public SourceView toView() {
		return new SourceView(this.id, this.slug, this.name, this.kind, this.url, attribution());
	}

}
