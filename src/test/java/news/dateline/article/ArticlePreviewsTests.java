package news.dateline.article;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import news.dateline.support.DatabaseTest;
import news.dateline.support.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@DatabaseTest
class ArticlePreviewsTests extends NewsroomTests {

	@Autowired
	ArticlePreviews previews;

	Long id;

	Map<String, String> link;

	@BeforeEach
	void setUpEmbargoedStory() {
		this.id = this.editorial.create(this.newsroom.complete("Embargoed report"));
		this.editorial.embargo(this.id, this.clock.instant().plus(Duration.ofDays(1)));
		URI uri = URI.create(this.editorial.editor(this.id).previewUrl());
		assertThat(uri.getPath()).isEqualTo("/preview/" + this.id);
		this.link = java.util.Arrays.stream(uri.getQuery().split("&"))
			.map((pair) -> pair.split("=", 2))
			.collect(Collectors.toMap((pair) -> pair[0], (pair) -> pair[1]));
	}

	private ArticlePreview open(Long articleId, String expires, String signature) {
		return this.previews.open(articleId, Long.valueOf(expires), signature);
	}

	@Test
	void signedLinkShowsTheEmbargoedStoryToAnyone() {
		this.actor.clear();
		ArticlePreview preview = open(this.id, this.link.get("expires"), this.link.get("sig"));
		assertThat(preview.article().headline()).isEqualTo("Embargoed report");
		assertThat(preview.status()).isEqualTo(ArticleStatus.EMBARGOED);
		assertThat(preview.releaseAt()).isEqualTo(MutableClock.START.plus(Duration.ofDays(1)));
		// the signed link carries its expiry in whole seconds
		assertThat(preview.expiresAt()).isEqualTo(
				MutableClock.START.plus(ArticlePreviews.VALIDITY).truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
	}

	@Test
	void expiredLinkAnswersNotFound() {
		this.clock.advance(ArticlePreviews.VALIDITY.plusSeconds(1));
		assertThatExceptionOfType(ArticleNotFoundException.class)
			.isThrownBy(() -> open(this.id, this.link.get("expires"), this.link.get("sig")));
	}

	@Test
	void forgedOrAlteredLinkAnswersNotFound() {
		long later = Long.parseLong(this.link.get("expires")) + 86_400;
		assertThatExceptionOfType(ArticleNotFoundException.class)
			.isThrownBy(() -> open(this.id, String.valueOf(later), this.link.get("sig")));
		assertThatExceptionOfType(ArticleNotFoundException.class)
			.isThrownBy(() -> open(this.id + 1, this.link.get("expires"), this.link.get("sig")));
		assertThatExceptionOfType(ArticleNotFoundException.class)
			.isThrownBy(() -> open(this.id, this.link.get("expires"), "forged"));
		assertThatExceptionOfType(ArticleNotFoundException.class)
			.isThrownBy(() -> this.previews.open(this.id, null, null));
		assertThatExceptionOfType(ArticleNotFoundException.class)
			.isThrownBy(() -> open(this.id, String.valueOf(Long.MAX_VALUE), this.link.get("sig")));
	}

}
