package news.dateline.media.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import news.dateline.media.ImageFormat;
import news.dateline.media.LibraryImage;
import news.dateline.media.MediaDetails;
import news.dateline.media.MediaVariant;
import news.dateline.media.MediaView;
import news.dateline.media.ProcessedImage;
import news.dateline.media.ServedFormat;

/**
 * An image of the media library: its description (alt text, caption, credit), who
 * uploaded it and when, and its stored variants. The files live on the media directory
 * under {@code storageKey}.
 */
@Entity
@Table(name = "media_item")
public class MediaItem {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String storageKey;

	private String displayName;

	@Enumerated(EnumType.STRING)
	private ImageFormat sourceFormat;

	@Enumerated(EnumType.STRING)
	private ServedFormat servedFormat;

	private int width;

	private int height;

	private long byteSize;

	private String altText;

	private String caption;

	private String credit;

	private String source;

	private String licence;

	private Instant rightsExpireAt;

	private Instant expiryAnnouncedAt;

	private Long uploadedBy;

	private String uploadedByName;

	private Instant uploadedAt;

	@Version
	private long version;

	@ElementCollection
	@CollectionTable(name = "media_variant", joinColumns = @JoinColumn(name = "media_id"))
	@OrderBy("width")
	private List<MediaVariant> variants = new ArrayList<>();

	protected MediaItem() {
	}

	public MediaItem(String storageKey, String displayName, ProcessedImage image, long byteSize, Long uploadedBy,
			String uploadedByName, Instant uploadedAt) {
		this.storageKey = storageKey;
		this.displayName = displayName;
		this.sourceFormat = image.source();
		this.servedFormat = image.served();
		this.width = image.width();
		this.height = image.height();
		this.byteSize = byteSize;
		this.uploadedBy = uploadedBy;
		this.uploadedByName = uploadedByName;
		this.uploadedAt = uploadedAt;
		for (ProcessedImage.Rendition rendition : image.renditions()) {
			this.variants.add(new MediaVariant(rendition.width(), rendition.height(), rendition.bytes().length));
		}
	}

	public void describe(MediaDetails details) {
		this.altText = details.alt().strip();
		this.caption = blankToNull(details.caption());
		this.credit = blankToNull(details.credit());
		this.source = blankToNull(details.source());
		this.licence = blankToNull(details.licence());
		if (!java.util.Objects.equals(this.rightsExpireAt, details.rightsExpireAt())) {
			this.rightsExpireAt = details.rightsExpireAt();
			this.expiryAnnouncedAt = null;
		}
	}

	/** Whether the right to show the image has ended at this moment. */
	public boolean isExpiredAt(Instant now) {
		return this.rightsExpireAt != null && !this.rightsExpireAt.isAfter(now);
	}

	/** Records that the caches were told the image expired. */
	public void expiryAnnounced(Instant at) {
		this.expiryAnnouncedAt = at;
	}

	public Instant getRightsExpireAt() {
		return this.rightsExpireAt;
	}

	public MediaDetails details() {
		return new MediaDetails(this.altText, (this.caption != null) ? this.caption : "",
				(this.credit != null) ? this.credit : "", (this.source != null) ? this.source : "",
				(this.licence != null) ? this.licence : "", this.rightsExpireAt);
	}

	/** The public URL of a variant. */
	public String url(MediaVariant variant) {
		return "/media/" + this.storageKey + "/" + variant.getWidth() + "." + this.servedFormat.extension();
	}

	List<MediaVariant> sortedVariants() {
		return this.variants.stream().sorted(Comparator.comparingInt(MediaVariant::getWidth)).toList();
	}

	public MediaVariant largest() {
		List<MediaVariant> sorted = sortedVariants();
		return sorted.get(sorted.size() - 1);
	}

	MediaVariant smallest() {
		return sortedVariants().get(0);
	}

	/** The srcset attribute listing every variant with its width. */
	String srcset() {
		return String.join(", ",
				sortedVariants().stream().map((variant) -> url(variant) + " " + variant.getWidth() + "w").toList());
	}

	public MediaView toView() {
		MediaVariant largest = largest();
		return new MediaView(this.id, this.displayName, this.altText, this.caption, this.credit, this.width,
				this.height, this.sourceFormat.name(), this.byteSize, this.uploadedByName, this.uploadedAt,
				url(smallest()), smallest().getWidth(), smallest().getHeight(), url(largest));
	}

	/** The image as an article features it at this moment: the stand-in once expired. */
	public LibraryImage toLibraryImage(Instant now) {
		return isExpiredAt(now) ? LibraryImage.unavailable(this.id) : toLibraryImage();
	}

	public LibraryImage toLibraryImage() {
		MediaVariant largest = largest();
		return new LibraryImage(this.id, url(largest), srcset(), largest.getWidth(), largest.getHeight(), this.altText,
				this.caption, this.credit);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	public Long getId() {
		return this.id;
	}

	public String getStorageKey() {
		return this.storageKey;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public ServedFormat getServedFormat() {
		return this.servedFormat;
	}

	public long getVersion() {
		return this.version;
	}

	public List<MediaVariant> getVariants() {
		return this.variants;
	}

}
