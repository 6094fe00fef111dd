package news.dateline.section;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import news.dateline.author.AuthorService;
import news.dateline.security.Role;
import news.dateline.support.DatabaseTest;
import news.dateline.support.TestActor;
import news.dateline.support.TestData;
import news.dateline.system.FieldRejectedException;
import news.dateline.tag.TagService;
import news.dateline.tag.TagView;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Sections', tags' and authors' names, slugs and bios per language, as the editions'
 * pages look them up: the translated ones where they exist, the default edition's
 * otherwise; a slug is unique per language.
 */
@DatabaseTest
class NamesPerLanguageTests {

	@Autowired
	SectionService sections;

	@Autowired
	TagService tags;

	@Autowired
	AuthorService authors;

	@Autowired
	TestData data;

	@Autowired
	TestActor actor;

	@BeforeEach
	void actAsEditor() {
		this.actor.actAs(103, "Edna Editor", Role.EDITOR);
	}

	@AfterEach
	void clearActor() {
		this.actor.clear();
	}

	@Test
	void aSectionHasItsNameAndSlugPerLanguageAndFallsBackToItsOwn() {
		SectionView world = this.data.section("World");
		String spanishSlug = TestData.uniqueSlug("Mundo «internacional»");
		this.sections.translate(world.id(), "es", "Mundo — «internacional» 🌍", spanishSlug, "Noticias del mundo");
		assertThat(this.sections.name(world, "es")).isEqualTo("Mundo — «internacional» 🌍");
		assertThat(this.sections.name(world, "en")).isEqualTo(world.name());
		assertThat(this.sections.findBySlug("es", spanishSlug)).map(SectionView::id).contains(world.id());
		assertThat(this.sections.findBySlug("es", world.slug())).isEmpty();
		assertThat(this.sections.findBySlug("en", world.slug())).map(SectionView::name).contains(world.name());
		SectionView untranslated = this.data.section("Economy");
		assertThat(this.sections.findBySlug("es", untranslated.slug())).map(SectionView::name)
			.contains(untranslated.name());
		SectionView other = this.data.section("Sports");
		assertThatExceptionOfType(FieldRejectedException.class)
			.isThrownBy(() -> this.sections.translate(other.id(), "es", "Deportes", spanishSlug, null))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("slug.taken"));
	}

	@Test
	void aTagsSpanishSlugIsMadeFromItsNameWhenLeftEmpty() {
		TagView tag = this.tags.findOrCreate(TestData.unique("Elections")).toView();
		this.tags.translate(tag.id(), "es", "Elecciones ñandú", "");
		TagView spanish = this.tags.localised(tag, "es");
		assertThat(spanish.slug()).isEqualTo("elecciones-nandu");
		assertThat(this.tags.findBySlug("es", "elecciones-nandu")).map(TagView::id).contains(tag.id());
		this.tags.translate(tag.id(), "es", "", "");
		assertThat(this.tags.name(tag, "es")).isEqualTo(tag.name());
	}

	@Test
	void anAuthorsBioFallsBackToTheDefaultOne() {
		String slug = this.data.author("Mina Park", "world");
		var mina = this.authors.bySlug(slug);
		this.authors.translateBio(mina.id(), "es", "Corresponsal en Seúl — cubre «las dos Coreas».");
		assertThat(this.authors.bio(mina, "es")).isEqualTo("Corresponsal en Seúl — cubre «las dos Coreas».");
		assertThat(this.authors.bio(mina, "en")).isEqualTo(mina.bio());
		assertThatExceptionOfType(FieldRejectedException.class)
			.isThrownBy(() -> this.authors.translateBio(mina.id(), "en", "x"));
	}

}
