package news.dateline.search;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import news.dateline.article.ArticleCard;
import news.dateline.article.ArticleLookup;
import news.dateline.article.ArticleService;
import news.dateline.section.SectionView;
import news.dateline.support.DatabaseTest;
import news.dateline.support.MutableClock;
import news.dateline.support.TestData;
import news.dateline.support.TestData.Story;

import static org.assertj.core.api.Assertions.assertThat;

@DatabaseTest
class RelatedStoriesTests {

	@Autowired
	TestData data;

	@Autowired
	ArticleService articles;

	@Autowired
	SearchIndexer indexer;

	@Autowired
	SearchIndex index;

	@Autowired
	MutableClock clock;

	private SectionView section;

	private String author;

	@BeforeEach
	void emptyIndex() {
		this.clock.reset();
		this.index.deleteAll();
		this.index.refresh();
		this.section = this.data.section("Weather");
		this.author = this.data.author("Rita Gomez", "weather");
	}

	private Story story(String headline, String body, String... tags) {
		Story story = this.data.story(headline, null, body, this.section, List.of(this.author), List.of(),
				Duration.ofHours(1), tags);
		this.indexer.reindex(List.of(story.id()));
		return story;
	}

	private List<String> related(Story story) {
		return ((ArticleLookup.Found) this.articles.lookup(story.slug())).article()
			.related()
			.stream()
			.map(ArticleCard::headline)
			.toList();
	}

	@Test
	void fillsWithSharedTagsThenSimilarTextThenTheSectionAndNeverWithStoriesThatAreNotLive() {
		Story main = story("Typhoon nears the southern coast", "The typhoon brings heavy rain and strong winds.",
				"Typhoons");
		story("Ferries cancelled", "Ports closed.", "Typhoons");
		story("Heavy rain and strong winds forecast as typhoon approaches", "The typhoon is expected tonight.");
		Story withdrawn = story("Typhoon warning withdrawn", "The typhoon warning with heavy rain.", "Typhoons");
		this.data.unpublish(withdrawn);
		Story scheduled = this.data.scheduled("Typhoon aftermath report", this.section, this.author,
				Duration.ofHours(3), "Typhoons");
		this.indexer.reindex(List.of(scheduled.id()));
		story("Sunny weekend ahead", "Clear skies.");
		List<String> related = related(main);
		assertThat(related)
			.startsWith("Ferries cancelled", "Heavy rain and strong winds forecast as typhoon approaches")
			.contains("Sunny weekend ahead")
			.doesNotContain("Typhoon warning withdrawn", "Typhoon aftermath report",
					"Typhoon nears the southern coast");
	}

}
