package news.dateline.system;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SlugsTests {

	@Test
	void makesLowerCaseHyphenatedSlugFromHeadline() {
		assertThat(Slugs.of("Military agreement between Russia and North Korea triggers global alerts"))
			.isEqualTo("military-agreement-between-russia-and-north-korea-triggers-global-alerts");
	}

	@Test
	void foldsAccentsAndDropsPunctuation() {
		assertThat(Slugs.of("Défense: Seoul’s “new” stance!")).isEqualTo("defense-seouls-new-stance");
	}

	@Test
	void cutsLongSlugsAtAWordBoundary() {
		String slug = Slugs.of("word ".repeat(60));
		assertThat(slug.length()).isLessThanOrEqualTo(Slugs.MAX_LENGTH);
		assertThat(slug).doesNotEndWith("-");
	}

	@Test
	void validatesSlugs() {
		assertThat(Slugs.isValid("north-korea")).isTrue();
		assertThat(Slugs.isValid("North-Korea")).isFalse();
		assertThat(Slugs.isValid("../etc")).isFalse();
		assertThat(Slugs.isValid("")).isFalse();
	}

}
