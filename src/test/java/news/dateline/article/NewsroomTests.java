package news.dateline.article;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

import news.dateline.article.internal.Article;
import news.dateline.source.SourceService;
import news.dateline.support.MutableClock;
import news.dateline.support.TestActor;
import news.dateline.support.TestData;

/**
 * The common ground of the editorial service tests: a fresh {@link Newsroom} with an
 * Editor acting, the clock at its start, and a way to read a story back as stored.
 */
abstract class NewsroomTests {

	@Autowired
	EditorialService editorial;

	@Autowired
	SourceService sources;

	@Autowired
	TestData data;

	@Autowired
	TestActor actor;

	@Autowired
	MutableClock clock;

	@Autowired
	EntityManager entityManager;

	Newsroom newsroom;

	@BeforeEach
	void setUpNewsroom() {
		this.clock.reset();
		this.newsroom = new Newsroom(this.data, this.sources, this.actor);
		this.newsroom.editor();
	}

	@AfterEach
	void clearActor() {
		this.actor.clear();
	}

	/** The story as stored, read afresh. */
	Article stored(Long id) {
		this.entityManager.flush();
		this.entityManager.clear();
		return this.entityManager.find(Article.class, id);
	}

}
