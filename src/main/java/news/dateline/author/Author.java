package news.dateline.author;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;

import news.dateline.system.SluggedItems;

/**
 * A byline: name, short bio, the beats the author covers and links, shown in the author
 * box.
 */
@Entity
public class Author implements SluggedItems.Item {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

	private String name;

	private String bio;

	private String photoUrl;

	@ElementCollection
	@CollectionTable(name = "author_beat", joinColumns = @JoinColumn(name = "author_id"))
	@OrderColumn(name = "position")
	@Column(name = "beat")
	private List<String> beats = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "author_link", joinColumns = @JoinColumn(name = "author_id"))
	@OrderColumn(name = "position")
	private List<AuthorLink> links = new ArrayList<>();

	@Version
	private long version;

	protected Author() {
	}

	public Author(String slug, String name, String bio) {
		this.slug = slug;
		this.name = name;
		this.bio = bio;
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

	public String getBio() {
		return this.bio;
	}

	public String getPhotoUrl() {
		return this.photoUrl;
	}

	public void setPhotoUrl(String photoUrl) {
		this.photoUrl = photoUrl;
	}

	public List<String> getBeats() {
		return List.copyOf(this.beats);
	}

	public void setBeats(List<String> beats) {
		this.beats.clear();
		this.beats.addAll(beats);
	}

	public List<AuthorLink> getLinks() {
		return List.copyOf(this.links);
	}

	public void setLinks(List<AuthorLink> links) {
		this.links.clear();
		this.links.addAll(links);
	}

	@Override
	public long getVersion() {
		return this.version;
	}

	/** Takes an editor's changes. */
	void apply(AuthorDetails details) {
		this.slug = details.slug();
		this.name = details.name();
		this.bio = details.bio();
		this.photoUrl = details.photoUrl();
		setBeats(details.beats());
		setLinks(details.links());
	}

	AuthorDetails details() {
		return new AuthorDetails(this.name, this.slug, this.bio, this.photoUrl, getBeats(), getLinks());
	}

	public AuthorView toView() {
		return new AuthorView(this.id, this.slug, this.name, this.bio, this.photoUrl, getBeats(), getLinks());
	}

}
