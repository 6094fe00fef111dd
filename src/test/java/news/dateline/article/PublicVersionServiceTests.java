package news.dateline.article;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import news.dateline.article.PublicVersions.PublicVersion;
import news.dateline.article.internal.CorrectionRepository;
import news.dateline.support.DatabaseTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The public record of a story's changes: only what readers saw, word diffs against the
 * version before, minor fixes folded, corrections beside their version.
 */
@DatabaseTest
class PublicVersionServiceTests extends NewsroomTests {

	@Autowired
	PublicVersionService versions;

	@Autowired
	CorrectionService corrections;

	@Autowired
	CorrectionRepository correctionLog;

	private Long publishedStory(String headline, String body) {
		Long id = this.editorial.create(this.newsroom.complete(headline));
		// a draft line readers never see
		save(id, "Borrador secreto — nunca publicado.\n\n" + body);
		save(id, body);
		this.clock.advance(Duration.ofMinutes(5));
		this.editorial.publish(id);
		return id;
	}

	private VersionLinks links(Long id, String slug) {
		return this.versions.links(id, slug, this.correctionLog.findViews(id));
	}

	private void save(Long id, String body) {
		this.editorial.update(id, Newsroom.withBody(this.editorial.editor(id).edit(), body, stored(id).getVersion()));
	}

	private static String text(List<DiffSegment> segments) {
		return String.join("", segments.stream().map(DiffSegment::text).toList());
	}

	@Test
	void listsEachVersionReadersSawWithTheWordsItChanged() {
		Instant start = this.clock.instant();
		Long id = publishedStory("Acuerdo en Seúl 🇰🇷", "El acuerdo se firmó el «jueves» en Seúl.");
		String slug = stored(id).getSlug();
		this.clock.advance(Duration.ofMinutes(40));
		save(id, "El acuerdo se firmó el «viernes» en Seúl.");

		PublicVersions record = this.versions.versions(slug);
		assertThat(record.versions()).extracting(PublicVersion::number).containsExactly(2, 1);
		PublicVersion first = record.versions().get(1);
		assertThat(first.shownAt()).isEqualTo(start.plus(Duration.ofMinutes(5)));
		assertThat(first.first()).isTrue();
		PublicVersion second = record.versions().get(0);
		assertThat(second.shownAt()).isEqualTo(start.plus(Duration.ofMinutes(45)));
		assertThat(second.body()).filteredOn(DiffSegment::deleted)
			.extracting(DiffSegment::text)
			.containsExactly("jueves");
		assertThat(second.body()).filteredOn(DiffSegment::inserted)
			.extracting(DiffSegment::text)
			.containsExactly("viernes");
		assertThat(record.versions())
			.allSatisfy((version) -> assertThat(text(version.body())).doesNotContain("secreto"));
		assertThat(links(id, slug).shown()).isTrue();
	}

	@Test
	void neverShowsEmbargoedTextOrEditsMadeOffTheSite() {
		Long id = this.editorial.create(this.newsroom.complete("Informe bajo embargo"));
		Instant lift = this.clock.instant().plus(Duration.ofHours(2));
		this.editorial.embargo(id, lift);
		save(id, "Cifras provisionales bajo embargo.");
		save(id, "Cifras definitivas.");
		String slug = stored(id).getSlug();
		assertThatExceptionOfType(ArticleNotFoundException.class).isThrownBy(() -> this.versions.versions(slug));

		this.clock.set(lift);
		this.editorial.releaseDue();
		PublicVersions record = this.versions.versions(slug);
		assertThat(record.versions()).singleElement().satisfies((version) -> {
			assertThat(version.shownAt()).isEqualTo(lift);
			assertThat(version.first()).isTrue();
		});
		assertThat(links(id, slug).shown()).isFalse();

		this.clock.advance(Duration.ofMinutes(10));
		this.editorial.unpublish(id);
		save(id, "Texto retirado que nadie leyó.");
		save(id, "Cifras definitivas, revisadas.");
		assertThatExceptionOfType(ArticleNotFoundException.class).isThrownBy(() -> this.versions.versions(slug));
		this.clock.advance(Duration.ofMinutes(10));
		this.editorial.publish(id);
		record = this.versions.versions(slug);
		assertThat(record.versions()).hasSize(2);
		assertThat(record.versions()).allSatisfy(
				(version) -> assertThat(text(version.body())).doesNotContain("nadie").doesNotContain("provisionales"));
		assertThat(record.versions().get(0).shownAt()).isEqualTo(this.clock.instant());
	}

	@Test
	void foldsAMinorFixAwayAndLinksOnlyWhenTheStoryChangedMaterially() {
		Long id = publishedStory("Tipografía", "Una errata en el texot.");
		String slug = stored(id).getSlug();
		this.clock.advance(Duration.ofMinutes(1));
		this.versions.updateAsMinorFix(id, Newsroom.withBody(this.editorial.editor(id).edit(),
				"Una errata en el texto.", stored(id).getVersion()));

		assertThat(this.versions.versions(slug).versions().get(0).minor()).isTrue();
		assertThat(links(id, slug).shown()).isFalse();

		this.clock.advance(Duration.ofMinutes(1));
		save(id, "Una errata en el texto. Y un párrafo nuevo.");
		PublicVersions record = this.versions.versions(slug);
		assertThat(record.versions()).extracting(PublicVersion::minor).containsExactly(false, true, false);
		assertThat(links(id, slug).shown()).isTrue();
	}

	@Test
	void aSaveThatChangedNoTextIsNoVersion() {
		Long id = publishedStory("Sin cambios", "Texto «igual».");
		String slug = stored(id).getSlug();
		this.clock.advance(Duration.ofMinutes(3));
		ArticleEdit edit = this.editorial.editor(id).edit();
		this.editorial.update(id,
				new ArticleEdit(edit.headline(), edit.deck(), edit.datelineCity(), edit.datelineCountry(), edit.body(),
						edit.sectionSlug(), "Otra etiqueta", edit.bylines(), edit.sources(), edit.slug(),
						edit.seoTitle(), edit.seoDescription(), edit.imageUrl(), edit.imageAlt(), edit.imageCaption(),
						edit.imageCredit(), edit.commentsOpen(), stored(id).getVersion()));
		assertThat(this.versions.versions(slug).versions()).hasSize(1);
		assertThat(links(id, slug).shown()).isFalse();
	}

	@Test
	void linksACorrectionToTheVersionItDescribes() {
		Long id = publishedStory("Cifra corregida", "Murieron 12 personas.");
		String slug = stored(id).getSlug();
		this.clock.advance(Duration.ofMinutes(30));
		this.editorial.saveAndMove(id,
				Newsroom.withBody(this.editorial.editor(id).edit(), "Murieron 21 personas.", stored(id).getVersion()),
				new WorkflowMove.Correct(CorrectionKind.CORRECTION, "Una versión anterior daba una cifra errónea."));
		Long correction = this.editorial.editor(id).corrections().get(0).id();

		VersionLinks links = links(id, slug);
		assertThat(links.linkFor(correction)).isEqualTo("/articles/" + slug + "/versions#version-2");
		assertThat(this.versions.versions(slug).versions().get(0).corrections()).extracting(CorrectionView::id)
			.containsExactly(correction);
	}

}
