package news.dateline.article;

import java.util.List;

import news.dateline.section.SectionView;
import news.dateline.security.Actor;
import news.dateline.security.Role;
import news.dateline.source.SourceKind;
import news.dateline.source.SourceService;
import news.dateline.support.TestActor;
import news.dateline.support.TestData;

/**
 * A small newsroom for editorial tests: a section, two bylines, the staff desk and a
 * wire, staff in every role, and edits that do or do not meet the pre-publish checklist.
 */
final class Newsroom {

	static final long CONTRIBUTOR = 101;

	static final long AUTHOR = 102;

	static final long EDITOR = 103;

	static final long ADMINISTRATOR = 104;

	static final long OTHER_AUTHOR = 105;

	final SectionView world;

	final String tarun;

	final String mina;

	final String staff;

	final String wire;

	private final TestActor actor;

	Newsroom(TestData data, SourceService sources, TestActor actor) {
		this.world = data.section("World");
		this.tarun = data.author("Tarun Kumar", "news");
		this.mina = data.author("Mina Park", "world");
		this.staff = TestData.unique("staff");
		sources.create(this.staff, "Dateline staff", SourceKind.STAFF, null, "{name}");
		this.wire = data.wire("AP");
		this.actor = actor;
	}

	Actor contributor() {
		return this.actor.actAs(CONTRIBUTOR, "Carla Contributor", Role.CONTRIBUTOR);
	}

	Actor author() {
		return this.actor.actAs(AUTHOR, "Arun Author", Role.AUTHOR);
	}

	Actor otherAuthor() {
		return this.actor.actAs(OTHER_AUTHOR, "Olga Author", Role.AUTHOR);
	}

	Actor editor() {
		return this.actor.actAs(EDITOR, "Edna Editor", Role.EDITOR);
	}

	Actor administrator() {
		return this.actor.actAs(ADMINISTRATOR, "Ada Admin", Role.ADMINISTRATOR);
	}

	/** An edit that meets every item of the checklist. */
	ArticleEdit complete(String headline) {
		return new ArticleEdit(headline, "Deck of " + headline, "Seoul", "South Korea",
				"First paragraph of " + headline + ".\n\nSecond paragraph.", this.world.slug(), "North Korea, Pacts",
				List.of(this.tarun), List.of(this.staff), "", "", "", "", "", "", "", true, null);
	}

	/** An edit with a headline and a byline only. */
	ArticleEdit bare(String headline) {
		return new ArticleEdit(headline, "", "", "", "Body of " + headline, "", "", List.of(this.tarun), List.of(), "",
				"", "", "", "", "", "", true, null);
	}

	static ArticleEdit withBody(ArticleEdit edit, String body, long version) {
		return new ArticleEdit(edit.headline(), edit.deck(), edit.datelineCity(), edit.datelineCountry(), body,
				edit.sectionSlug(), edit.tags(), edit.bylines(), edit.sources(), edit.slug(), edit.seoTitle(),
				edit.seoDescription(), edit.imageUrl(), edit.imageAlt(), edit.imageCaption(), edit.imageCredit(),
				edit.commentsOpen(), version);
	}

	static ArticleEdit withSlug(ArticleEdit edit, String slug, long version) {
		return new ArticleEdit(edit.headline(), edit.deck(), edit.datelineCity(), edit.datelineCountry(), edit.body(),
				edit.sectionSlug(), edit.tags(), edit.bylines(), edit.sources(), slug, edit.seoTitle(),
				edit.seoDescription(), edit.imageUrl(), edit.imageAlt(), edit.imageCaption(), edit.imageCredit(),
				edit.commentsOpen(), version);
	}

	static ArticleEdit withDeck(ArticleEdit edit, String deck, long version) {
		return new ArticleEdit(edit.headline(), deck, edit.datelineCity(), edit.datelineCountry(), edit.body(),
				edit.sectionSlug(), edit.tags(), edit.bylines(), edit.sources(), edit.slug(), edit.seoTitle(),
				edit.seoDescription(), edit.imageUrl(), edit.imageAlt(), edit.imageCaption(), edit.imageCredit(),
				edit.commentsOpen(), version);
	}

}
