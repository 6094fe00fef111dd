package news.dateline.source;

import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import news.dateline.audit.AuditLog;
import news.dateline.security.Actor;
import news.dateline.security.CurrentActor;
import news.dateline.security.Role;
import news.dateline.source.internal.SourceRepository;
import news.dateline.system.ContentChanged;
import news.dateline.system.SlugPage;
import news.dateline.system.SluggedItems;
import news.dateline.system.Versioned;

/**
 * Reads and keeps the sources stories are credited to. Editors and Administrators add and
 * change them in the admin.
 */
@Service
@Transactional(readOnly = true)
public class SourceService {

	/** Sources per page of the admin list. */
	public static final int PAGE_SIZE = 50;

	static final int SLUG_LENGTH = 80;

	private final SourceRepository sources;

	private final CurrentActor currentActor;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final SluggedItems<Source, SourceDetails> edits;

	SourceService(SourceRepository sources, CurrentActor currentActor, AuditLog audit,
			ApplicationEventPublisher events) {
		this.events = events;
		this.sources = sources;
		this.currentActor = currentActor;
		this.audit = audit;
		this.edits = new SluggedItems<>(Source.class, SLUG_LENGTH, Source::apply, sources::existsBySlugAndIdNot);
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

	/** A page of all sources by slug, after the given one. */
	public SlugPage<SourceView> page(String after) {
		return SlugPage
			.of(this.sources.findBySlugGreaterThanOrderBySlug((after != null) ? after : "", Limit.of(PAGE_SIZE + 1))
				.stream()
				.map(Source::toView)
				.toList(), PAGE_SIZE, SourceView::slug);
	}

	public Versioned<SourceDetails> editing(Long id) {
		Source source = find(id);
		return new Versioned<>(id, source.getVersion(), source.details());
	}

	/** Adds a source (Editors and up). */
	@Transactional
	public SourceView create(SourceDetails details) {
		Actor actor = this.currentActor.require(Role.EDITOR);
		Source source = this.sources.save(this.edits.create(new Source(null, null, null, null, null), details));
		this.audit.record(actor, "source.create", "source", source.getId(), source.getName());
		this.events.publishEvent(ContentChanged.named("source", source.getSlug()));
		return source.toView();
	}

	/** Changes a source (Editors and up), refusing a save made from an older version. */
	@Transactional
	public SourceView update(Long id, long version, SourceDetails details) {
		Actor actor = this.currentActor.require(Role.EDITOR);
		Source source = find(id);
		String before = source.getSlug();
		this.edits.update(source, version, details);
		this.audit.record(actor, "source.update", "source", id, source.getName());
		this.events.publishEvent(ContentChanged.named("source", before, source.getSlug()));
		return source.toView();
	}

	private Source find(Long id) {
		return this.sources.findById(id).orElseThrow(() -> new SourceNotFoundException(String.valueOf(id)));
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

	/**
	 * Names the source in another edition's language, with its attribution template there
	 * ("Con información de {name}"), replacing what it had (demo content).
	 */
	@Transactional
	public void translate(String sourceSlug, String language, String name, String attributionTemplate) {
		Source source = this.sources.findBySlug(sourceSlug).orElseThrow(() -> new SourceNotFoundException(sourceSlug));
		if (this.sources.updateTranslation(source.getId(), language, name, attributionTemplate) == 0) {
			this.sources.insertTranslation(source.getId(), language, name, attributionTemplate);
		}
		this.events.publishEvent(ContentChanged.named("source", sourceSlug));
	}

}
