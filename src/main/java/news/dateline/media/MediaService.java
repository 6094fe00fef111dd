package news.dateline.media;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import news.dateline.audit.AuditLog;
import news.dateline.media.internal.MediaItem;
import news.dateline.media.internal.MediaRepository;
import news.dateline.security.Actor;
import news.dateline.security.CurrentActor;
import news.dateline.security.Role;
import news.dateline.system.ContentChanged;
import news.dateline.system.ContentKeys;
import news.dateline.system.FieldRejectedException;
import news.dateline.system.Like;
import news.dateline.system.RuleViolationException;
import news.dateline.system.Versioned;

/**
 * The media library: uploads (Authors and up; Contributors are refused here, whatever the
 * page showed), descriptions, deletion (Editors and up, refused while an article features
 * the image), the admin list and search, the files the public site serves, and library
 * images for articles.
 */
@Service
@Transactional(readOnly = true)
public class MediaService {

	/** Images per page of the library list. */
	public static final int PAGE_SIZE = 24;

	/** The last page the list goes to (offset paging stays cheap that far). */
	public static final int MAX_PAGE = 500;

	static final int MAX_QUERY = 200;

	/** A library image's public URL: {@code /media/<key>/<width>.<jpg|png>}. */
	private static final Pattern URL = Pattern.compile("/media/([0-9a-f]{32})/(\\d{1,5})\\.(jpg|png)");

	private static final Pattern VARIANT_NAME = Pattern.compile("(\\d{1,5})\\.(jpg|png)");

	private final MediaRepository media;

	private final MediaStorage storage;

	private final ImageProcessor processor;

	private final MediaProperties properties;

	private final CurrentActor currentActor;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	MediaService(MediaRepository media, MediaStorage storage, ImageProcessor processor, MediaProperties properties,
			CurrentActor currentActor, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
		this.events = events;
		this.media = media;
		this.storage = storage;
		this.processor = processor;
		this.properties = properties;
		this.currentActor = currentActor;
		this.audit = audit;
		this.clock = clock;
	}

	/** The upload limit as shown beside the file field, e.g. "10 MB". */
	public String maxFileSize() {
		return this.properties.maxFileSizeLabel();
	}

	/** The upload limit in bytes. */
	public long maxFileBytes() {
		return this.properties.maxFileSize().toBytes();
	}

	/**
	 * Checks, re-encodes and stores an upload (Authors and up).
	 * @return the new image's id
	 * @throws FieldRejectedException for the {@code file} or {@code alt} field when
	 * refused
	 */
	@Transactional
	public Long upload(MediaUpload upload) {
		Actor actor = this.currentActor.require(Role.AUTHOR);
		MediaDetails details = upload.details();
		if (details == null || details.alt() == null || details.alt().isBlank()) {
			throw new FieldRejectedException("alt", "media.alt.required");
		}
		byte[] bytes = upload.bytes();
		if (bytes == null || bytes.length == 0) {
			throw new FieldRejectedException("file", "media.file.empty");
		}
		if (bytes.length > this.properties.maxFileSize().toBytes()) {
			throw new FieldRejectedException("file", "media.file.too-large");
		}
		ProcessedImage image = this.processor.process(bytes);
		String key = this.storage.newKey();
		this.storage.write(key, image.served(), image.renditions());
		deleteFilesUnlessCommitted(key);
		MediaItem item = new MediaItem(key, FileNames.display(upload.originalName()), image, bytes.length,
				actor.userId(), actor.displayName(), this.clock.instant());
		item.describe(details);
		this.media.saveAndFlush(item);
		this.audit.record(actor, "media.upload", "media", item.getId(), item.getDisplayName());
		return item.getId();
	}

	/**
	 * Stores an image brought in by an import (which checks the Administrator when it
	 * starts, and runs in the background with no one signed in): checked and re-encoded
	 * like an upload, credited to the import.
	 * @return the new image as an article features it
	 * @throws FieldRejectedException when the file is refused (empty, too large, not an
	 * image)
	 */
	@Transactional
	public LibraryImage importImage(MediaUpload upload, String importedBy) {
		byte[] bytes = upload.bytes();
		if (bytes == null || bytes.length == 0) {
			throw new FieldRejectedException("file", "media.file.empty");
		}
		if (bytes.length > this.properties.maxFileSize().toBytes()) {
			throw new FieldRejectedException("file", "media.file.too-large");
		}
		ProcessedImage image = this.processor.process(bytes);
		String key = this.storage.newKey();
		this.storage.write(key, image.served(), image.renditions());
		deleteFilesUnlessCommitted(key);
		MediaItem item = new MediaItem(key, FileNames.display(upload.originalName()), image, bytes.length, null,
				importedBy, this.clock.instant());
		item.describe(upload.details());
		this.media.saveAndFlush(item);
		return item.toLibraryImage();
	}

	/**
	 * Changes an image's alt text, caption and credit (Authors and up), refusing an
	 * outdated form.
	 */
	@Transactional
	public void update(Long id, long version, MediaDetails details) {
		Actor actor = this.currentActor.require(Role.AUTHOR);
		if (details.alt() == null || details.alt().isBlank()) {
			throw new FieldRejectedException("alt", "media.alt.required");
		}
		MediaItem item = find(id);
		Versioned.check(MediaItem.class, id, item.getVersion(), version);
		item.describe(details);
		this.audit.record(actor, "media.update", "media", id, item.getDisplayName());
		// stories take the library's alt text, caption and credit where their own are
		// empty
		this.events.publishEvent(ContentChanged.of(ContentKeys.media(item.getStorageKey())));
	}

	/**
	 * Deletes an image and its files (Editors and up); refused while an article features
	 * it.
	 */
	@Transactional
	public void delete(Long id) {
		Actor actor = this.currentActor.require(Role.EDITOR);
		MediaItem item = find(id);
		if (this.media.countArticlesFeaturing(id) > 0) {
			throw new RuleViolationException("media.delete.in-use");
		}
		String key = item.getStorageKey();
		this.media.delete(item);
		this.media.flush();
		this.audit.record(actor, "media.delete", "media", id, item.getDisplayName());
		this.events.publishEvent(ContentChanged.of(ContentKeys.media(key)));
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				MediaService.this.storage.delete(key);
			}
		});
	}

	/**
	 * A page of the library, newest first, optionally only images whose alt text, caption
	 * or name match.
	 */
	public MediaPage page(String query, int page) {
		int number = Math.min(Math.max(page, 1), MAX_PAGE);
		String text = (query == null) ? "" : query.strip();
		if (text.length() > MAX_QUERY) {
			text = text.substring(0, MAX_QUERY);
		}
		PageRequest request = PageRequest.of(number - 1, PAGE_SIZE,
				Sort.by(Sort.Order.desc("uploadedAt"), Sort.Order.desc("id")));
		Page<MediaItem> found = text.isEmpty() ? this.media.findAll(request)
				: this.media.search("%" + Like.escape(text.toLowerCase(Locale.ROOT)) + "%", request);
		return new MediaPage(found.getContent().stream().map(MediaItem::toView).toList(), number, found.getTotalPages(),
				found.getTotalElements(), text);
	}

	/** One image with its description and version, for the edit page. */
	public Versioned<MediaDetails> editing(Long id) {
		MediaItem item = find(id);
		return new Versioned<>(id, item.getVersion(), item.details());
	}

	public MediaView view(Long id) {
		return find(id).toView();
	}

	/** The newest images, offered in the article editor. */
	public List<MediaChoice> choices() {
		return this.media.findTop100ByOrderByUploadedAtDescIdDesc()
			.stream()
			.map((item) -> new MediaChoice(item.url(item.largest()),
					item.getDisplayName() + " (" + item.toView().alt() + ")"))
			.toList();
	}

	/** Whether a URL points into the library (whether or not the image exists). */
	public static boolean isLibraryUrl(String url) {
		return url != null && url.startsWith("/media/");
	}

	/** The library image a URL of one of its variants points to. */
	public Optional<LibraryImage> libraryImage(String url) {
		Matcher matcher = (url != null) ? URL.matcher(url.strip()) : null;
		if (matcher == null || !matcher.matches()) {
			return Optional.empty();
		}
		// for the editor: the image itself, even once its rights expired (readers then
		// get
		// the placeholder through the id)
		return this.media.findByStorageKey(matcher.group(1)).map(MediaItem::toLibraryImage);
	}

	/** The library image with this id, as an article page shows it. */
	public Optional<LibraryImage> libraryImage(Long id) {
		return (id == null) ? Optional.empty()
				: this.media.findById(id).map((item) -> item.toLibraryImage(this.clock.instant()));
	}

	/**
	 * The library images with these ids, by id, read in one query with their variants:
	 * for story cards. Ids of images no longer in the library are left out.
	 */
	public Map<Long, LibraryImage> libraryImages(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<Long, LibraryImage> images = new HashMap<>();
		Instant now = this.clock.instant();
		this.media.findWithVariants(Set.copyOf(ids))
			.forEach((item) -> images.put(item.getId(), item.toLibraryImage(now)));
		return images;
	}

	/**
	 * The stored variant named {@code <width>.<ext>} of the image with this key, for the
	 * public site.
	 * @throws MediaNotFoundException for anything else
	 */
	public MediaFile file(String key, String name) {
		Matcher matcher = (name != null) ? VARIANT_NAME.matcher(name) : null;
		if (!MediaStorage.isKey(key) || matcher == null || !matcher.matches()) {
			throw new MediaNotFoundException(key + "/" + name);
		}
		int width = Integer.parseInt(matcher.group(1));
		MediaItem item = this.media.findByStorageKey(key)
			.filter((found) -> !found.isExpiredAt(this.clock.instant()))
			.orElseThrow(() -> new MediaNotFoundException(key));
		ServedFormat format = item.getServedFormat();
		boolean known = format.extension().equals(matcher.group(2))
				&& item.getVariants().stream().anyMatch((variant) -> variant.getWidth() == width);
		Path path = this.storage.file(key, width, format);
		if (!known || !Files.isRegularFile(path)) {
			throw new MediaNotFoundException(key + "/" + name);
		}
		return new MediaFile(path, format.contentType(),
				FileNames.asciiBase(item.getDisplayName()) + "-" + width + "." + format.extension(),
				"\"" + key + "-" + width + "\"", item.getRightsExpireAt());
	}

	/**
	 * Tells the caches about every image whose rights ended since the last call (each
	 * once): the pages and cards showing it then render the placeholder, and the edge
	 * drops its files.
	 * @return how many images expired
	 */
	@Transactional
	public int announceExpired() {
		Instant now = this.clock.instant();
		List<MediaItem> expired = this.media.findByRightsExpireAtLessThanEqualAndExpiryAnnouncedAtIsNull(now);
		if (expired.isEmpty()) {
			return 0;
		}
		List<String> keys = new java.util.ArrayList<>(List.of(ContentKeys.FEEDS));
		for (MediaItem item : expired) {
			item.expiryAnnounced(now);
			keys.add(ContentKeys.media(item.getStorageKey()));
		}
		this.events.publishEvent(ContentChanged.of(keys));
		return expired.size();
	}

	/**
	 * The ids of the images that may no longer be shown, in id order, at most
	 * {@code limit} of them after {@code afterId} (0 for the first), so a caller pages
	 * through any number of them with bounded statements.
	 */
	public List<Long> expiredIds(long afterId, int limit) {
		return this.media.findExpiredIds(this.clock.instant(), afterId, Limit.of(limit));
	}

	private MediaItem find(Long id) {
		return this.media.findById(id).orElseThrow(() -> new MediaNotFoundException(String.valueOf(id)));
	}

	/**
	 * Files written for an upload whose transaction then rolls back are removed again.
	 */
	private void deleteFilesUnlessCommitted(String key) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				if (status != STATUS_COMMITTED) {
					MediaService.this.storage.delete(key);
				}
			}
		});
	}

}
