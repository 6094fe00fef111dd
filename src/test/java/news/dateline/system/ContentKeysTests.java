package news.dateline.system;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContentKeysTests {

	@Test
	void readsANameKeyBackWithItsSlugDecoded() {
		assertThat(ContentKeys.named(ContentKeys.name("author", "박-미나")))
			.isEqualTo(new ContentKeys.Named("author", "박-미나"));
		assertThat(ContentKeys.named(ContentKeys.name("tag", "política-🎭")))
			.isEqualTo(new ContentKeys.Named("tag", "política-🎭"));
		assertThat(ContentKeys.named(ContentKeys.article(42))).isNull();
		assertThat(ContentKeys.named(ContentKeys.section("world"))).isNull();
		assertThat(ContentKeys.named("name:tag")).isNull();
		assertThat(ContentKeys.named("name:tag:%zz")).isNull();
	}

}
