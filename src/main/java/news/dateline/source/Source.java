package news.dateline.source;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import news.dateline.system.SluggedItems;

/**
 * A wire service or outlet a story draws on (AP, Reuters ...), and how the story credits
 * it.
 */
@Entity
public class Source implements SluggedItems.Item {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

	private String name;

	@Enumerated(EnumType.STRING)
	private SourceKind kind;

	private String url;

	private String attributionTemplate;

	@Version
	private long version;

	protected Source() {
	}

	public Source(String slug, String name, SourceKind kind, String url, String attributionTemplate) {
		this.slug = slug;
		this.name = name;
		this.kind = kind;
		this.url = url;
		this.attributionTemplate = attributionTemplate;
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

	public SourceKind getKind() {
		return this.kind;
	}

	@Override
	public long getVersion() {
		return this.version;
	}

	/** Takes an editor's changes. */
	void apply(SourceDetails details) {
		this.slug = details.slug();
		this.name = details.name();
		this.kind = details.kind();
		this.url = details.url();
		this.attributionTemplate = details.attributionTemplate();
	}

	SourceDetails details() {
		return new SourceDetails(this.name, this.slug, this.kind, this.url, this.attributionTemplate);
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
