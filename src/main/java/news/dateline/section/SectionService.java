package news.dateline.section;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and keeps the publication's sections.
 */
@Service
@Transactional(readOnly = true)
public class SectionService {

	private final SectionRepository sections;

	SectionService(SectionRepository sections) {
		this.sections = sections;
	}

	/** All sections in navigation order. */
	public List<SectionView> all() {
		return this.sections.findAllByOrderByPositionAscNameAsc().stream().map(Section::toView).toList();
	}

	public SectionView bySlug(String slug) {
		return this.sections.findBySlug(slug).map(Section::toView).orElseThrow(() -> new SectionNotFoundException(slug));
	}

	/** The section entity, for stories filed in it. */
	public Section require(String slug) {
		return this.sections.findBySlug(slug).orElseThrow(() -> new SectionNotFoundException(slug));
	}

	@Transactional
	public SectionView create(String slug, String name, String description, int position) {
		return this.sections.save(new Section(slug, name, description, position)).toView();
	}

	/**
	 * Makes the section unless one with this slug exists (imports).
	 * @return whether the section was made
	 */
	@Transactional
	public boolean createIfAbsent(String slug, String name, String description, int position) {
		if (this.sections.findBySlug(slug).isPresent()) {
			return false;
		}
		create(slug, name, description, position);
		return true;
	}

}
