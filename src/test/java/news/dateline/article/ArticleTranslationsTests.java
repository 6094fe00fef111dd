package news.dateline.article;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import news.dateline.article.internal.Article;
import news.dateline.system.ContentChanged;
import news.dateline.system.ContentKeys;
import news.dateline.support.DatabaseTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Translation groups: starting a translation, linking, unlinking, one story per language,
 * and what publishing or taking down one translation does to the others.
 */
@DatabaseTest
@RecordApplicationEvents
class ArticleTranslationsTests extends NewsroomTests {

	@Autowired
	ArticleTranslations translations;

	@Autowired
	ArticleService articles;

	@Autowired
	ApplicationEvents events;

	private Long english(String headline) {
		return this.editorial.create(this.newsroom.complete(headline));
	}

	private Long spanish(String headline) {
		ArticleEdit edit = this.newsroom.complete(headline);
		return this.editorial.create(
				new ArticleEdit(edit.headline(), edit.deck(), "Seúl", "Corea del Sur", edit.body(), edit.sectionSlug(),
						edit.tags(), edit.bylines(), edit.sources(), "", "", "", "", "", "", "", true, null, "es"));
	}

	@Test
	void startsATranslationAsADraftCopyingWhatItSharesWithTheOriginal() {
		Long original = english("Summit — “a new page” 🇰🇷");
		this.editorial.publish(original);
		Long id = this.translations.start(original, "es");
		Article source = stored(original);
		assertThat(source.getTranslationGroup()).isEqualTo(original);
		Article translation = stored(id);
		assertThat(translation.getLanguage()).isEqualTo("es");
		assertThat(translation.getStatus()).isEqualTo(ArticleStatus.DRAFT);
		assertThat(translation.getPublishedAt()).isNull();
		assertThat(translation.getSlug()).isNotEqualTo(source.getSlug()).endsWith("-es");
		assertThat(translation.getTranslationGroup()).isEqualTo(original);
		assertThat(translation.getSection().getSlug()).isEqualTo(this.newsroom.world.slug());
		assertThat(translation.getBylines()).extracting("slug").containsExactly(this.newsroom.tarun);
		assertThat(translation.getSources()).extracting("slug").containsExactly(this.newsroom.staff);
		assertThat(translation.getTags()).extracting("slug").containsExactlyInAnyOrder("north-korea", "pacts");
		assertThat(translation.getHeadline()).isEqualTo(source.getHeadline());
		assertThat(translation.getBodyMarkdown()).isEqualTo(source.getBodyMarkdown());
		assertThat(translation.getSeoTitle()).isNull();
		assertThat(translation.getCreatedBy()).isEqualTo(Newsroom.EDITOR);
		assertThat(this.events.stream(ArticleTranslationChanged.class)).singleElement()
			.satisfies((event) -> assertThat(event.action()).isEqualTo("article.translation-start"));
		assertThat(this.events.stream(ContentChanged.class)).anySatisfy(
				(change) -> assertThat(change.keys()).contains(ContentKeys.article(original), ContentKeys.article(id)));
	}

	@Test
	void showsTheOriginalBesideItsTranslationAndEveryEditionsState() {
		Long original = english("Seoul votes");
		Long id = this.translations.start(original, "es");
		TranslationPanel panel = this.translations.panel(id);
		assertThat(panel.linked()).isTrue();
		assertThat(panel.original().id()).isEqualTo(original);
		assertThat(panel.original().headline()).isEqualTo("Seoul votes");
		assertThat(panel.rows()).extracting(TranslationPanel.Row::language).containsExactly("en", "es");
		assertThat(panel.rows()).extracting(TranslationPanel.Row::id).containsExactly(original, id);
		assertThat(panel.rows().get(1).self()).isTrue();
		assertThat(this.translations.panel(original).original()).isNull();
		Long lonely = english("Nothing to translate yet");
		assertThat(this.translations.panel(lonely).rows().get(1).missing()).isTrue();
	}

	@Test
	void refusesASecondStoryInTheSameLanguageOfAGroup() {
		Long original = english("Rates rise");
		this.translations.start(original, "es");
		assertThatExceptionOfType(ArticleRejectedException.class)
			.isThrownBy(() -> this.translations.start(original, "es"))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("translation.exists"));
		Long other = spanish("Suben las tasas");
		String slug = stored(other).getSlug();
		assertThatExceptionOfType(ArticleRejectedException.class)
			.isThrownBy(() -> this.translations.link(original, slug))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("slug"))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("translation.exists"));
		assertThatExceptionOfType(ArticleRejectedException.class)
			.isThrownBy(() -> this.translations.start(original, "en"))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("translation.same-language"));
		assertThatExceptionOfType(ArticleRejectedException.class)
			.isThrownBy(() -> this.translations.start(original, "ko"))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("article.language.unknown"));
	}

	@Test
	void linksAnExistingStoryOfAnotherLanguageAndUnlinksIt() {
		Long original = english("Harvest in the north");
		Long other = spanish("Cosecha en el norte — «récord» ñandú");
		this.editorial.publish(original);
		this.translations.link(original, stored(other).getSlug());
		assertThat(stored(other).getTranslationGroup()).isEqualTo(original);
		assertThat(stored(original).getTranslationGroup()).isEqualTo(original);
		assertThat(page(original).translations()).extracting(ArticleTranslation::language).containsExactly("es");

		this.translations.unlink(other);
		assertThat(stored(other).getTranslationGroup()).isNull();
		assertThat(stored(original).getTranslationGroup()).isNull();
		assertThat(this.events.stream(ArticleTranslationChanged.class)).extracting(ArticleTranslationChanged::action)
			.containsExactly("article.translation-link", "article.translation-unlink");
	}

	@Test
	void refusesToLinkAStoryOfTheSameLanguageOrOneAlreadyLinked() {
		Long original = english("Floods");
		Long same = english("Floods again");
		assertThatExceptionOfType(ArticleRejectedException.class)
			.isThrownBy(() -> this.translations.link(original, stored(same).getSlug()))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("translation.link.same-language"));
		Long other = english("Drought");
		Long translated = this.translations.start(other, "es");
		assertThatExceptionOfType(ArticleRejectedException.class)
			.isThrownBy(() -> this.translations.link(original, stored(translated).getSlug()))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("translation.link.linked"));
		assertThatExceptionOfType(ArticleRejectedException.class)
			.isThrownBy(() -> this.translations.link(original, "no-such-story"))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("translation.link.unknown"));
	}

	@Test
	void keepsTheLanguageOfALinkedStoryAndChangesThatOfAFreeOne() {
		Long free = english("Free story");
		this.editorial.update(free, withLanguage(this.editorial.editor(free).edit(), "es"));
		assertThat(stored(free).getLanguage()).isEqualTo("es");
		Long original = english("Linked story");
		this.translations.start(original, "es");
		ArticleEdit edit = withLanguage(this.editorial.editor(original).edit(), "es");
		assertThatExceptionOfType(ArticleRejectedException.class)
			.isThrownBy(() -> this.editorial.update(original, edit))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("article.language.linked"));
		assertThat(stored(original).getLanguage()).isEqualTo("en");
	}

	@Test
	void unpublishingOneTranslationLeavesTheOtherLiveAndLinked() {
		Long original = english("Election night");
		Long id = this.translations.start(original, "es");
		this.editorial.publish(original);
		this.editorial.publish(id);
		this.events.clear();
		this.editorial.unpublish(id);
		ArticleView english = page(original);
		assertThat(english.translations()).singleElement().satisfies((translation) -> {
			assertThat(translation.language()).isEqualTo("es");
			assertThat(translation.published()).isFalse();
		});
		assertThat(english.liveTranslations()).isEmpty();
		assertThat(stored(original).getStatus()).isEqualTo(ArticleStatus.PUBLISHED);
		assertThat(stored(id).getTranslationGroup()).isEqualTo(original);
		assertThat(this.events.stream(ContentChanged.class))
			.anySatisfy((change) -> assertThat(change.keys()).contains(ContentKeys.article(original)));
	}

	@Test
	void unlinkingTheOriginalDissolvesItsGroupSoItCanStartAnother() {
		Long original = english("Two editions");
		Long first = this.translations.start(original, "es");
		this.translations.unlink(original);
		assertThat(stored(original).getTranslationGroup()).isNull();
		assertThat(stored(first).getTranslationGroup()).isNull();
		Long second = this.translations.start(original, "es");
		assertThat(stored(second).getTranslationGroup()).isEqualTo(original);
		assertThat(stored(first).getTranslationGroup()).isNull();
	}

	@Test
	void onlyWhoeverMayEditTheStoryStartsItsTranslation() {
		Long original = english("Editors only");
		this.newsroom.contributor();
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.translations.start(original, "es"));
	}

	private ArticleView page(Long id) {
		return ((ArticleLookup.Found) this.articles.lookup(stored(id).getSlug())).article();
	}

	static ArticleEdit withLanguage(ArticleEdit edit, String language) {
		return new ArticleEdit(edit.headline(), edit.deck(), edit.datelineCity(), edit.datelineCountry(), edit.body(),
				edit.sectionSlug(), edit.tags(), edit.bylines(), edit.sources(), edit.slug(), edit.seoTitle(),
				edit.seoDescription(), edit.imageUrl(), edit.imageAlt(), edit.imageCaption(), edit.imageCredit(),
				edit.commentsOpen(), edit.version(), language);
	}

}
