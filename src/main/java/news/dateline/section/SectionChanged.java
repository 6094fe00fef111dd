package news.dateline.section;

/**
 * Published when a section is added or changed (name, slug, order), beside the
 * {@link news.dateline.system.ContentChanged} that names its pages and the navigation.
 */
public record SectionChanged(Long sectionId) {

}
