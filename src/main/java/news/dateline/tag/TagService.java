package news.dateline.tag;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import news.dateline.system.Slugs;

/**
 * Reads tags and finds or makes them by name.
 */
@Service
@Transactional(readOnly = true)
public class TagService {

	private final TagRepository tags;

	TagService(TagRepository tags) {
		this.tags = tags;
	}

	public TagView bySlug(String slug) {
		return this.tags.findBySlug(slug).map(Tag::toView).orElseThrow(() -> new TagNotFoundException(slug));
	}

	/** The tag with this name's slug, made if it does not exist yet. */
	@Transactional
	public Tag findOrCreate(String name) {
		String slug = Slugs.of(name);
		return this.tags.findBySlug(slug).orElseGet(() -> this.tags.save(new Tag(slug, name.trim())));
	}

}
