package news.dateline.source;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and keeps the sources stories are credited to.
 */
@Service
@Transactional(readOnly = true)
public class SourceService {

	private final SourceRepository sources;

	SourceService(SourceRepository sources) {
		this.sources = sources;
	}

	public SourceView bySlug(String slug) {
		return this.sources.findBySlug(slug).map(Source::toView).orElseThrow(() -> new SourceNotFoundException(slug));
	}

	/** The sources with these slugs, in the same order; an unknown slug is an error. */
	public List<Source> requireAll(List<String> slugs) {
		return slugs.stream()
			.map((slug) -> this.sources.findBySlug(slug).orElseThrow(() -> new SourceNotFoundException(slug)))
			.toList();
	}

	@Transactional
	public SourceView create(String slug, String name, SourceKind kind, String url, String attributionTemplate) {
		return this.sources.save(new Source(slug, name, kind, url, attributionTemplate)).toView();
	}

	/**
	 * Makes the source unless one with this slug exists (imports).
	 * @return whether the source was made
	 */
	@Transactional
	public boolean createIfAbsent(String slug, String name, SourceKind kind, String url, String attributionTemplate) {
		if (this.sources.findBySlug(slug).isPresent()) {
			return false;
		}
		create(slug, name, kind, url, attributionTemplate);
		return true;
	}

}
