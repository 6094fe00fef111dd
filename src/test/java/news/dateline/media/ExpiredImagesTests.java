package news.dateline.media;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

import news.dateline.media.internal.MediaRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

class ExpiredImagesTests {

	private static final String GONE = "0123456789abcdef0123456789abcdef";

	private static final String KEPT = "fedcba9876543210fedcba9876543210";

	@Test
	void replacesTheExpiredImagesOfManyBodiesWithOneQuery() {
		MediaRepository media = mock(MediaRepository.class);
		Instant now = Instant.parse("2026-06-20T09:00:00.123456Z");
		given(media.findExpiredKeys(any(), any())).willReturn(List.of(GONE));
		ExpiredImages images = new ExpiredImages(media, new StaticMessageSource(), Clock.fixed(now, ZoneOffset.UTC));
		String gone = "<p>«Seúl» — 서울</p><img src=\"/media/" + GONE + "/800.jpg\" alt=\"Puerto 🚢\">";
		String kept = "<img src=\"/media/" + KEPT + "/800.jpg\" alt=\"“Harbour”\">";

		List<String> out = images.replaceInAll(Arrays.asList(gone, null, "<p>Sin imágenes</p>", kept));

		verify(media, times(1)).findExpiredKeys(argThat((keys) -> Set.copyOf(keys).equals(Set.of(GONE, KEPT))), any());
		assertThat(out.get(0)).startsWith("<p>«Seúl» — 서울</p><img src=\"" + LibraryImage.UNAVAILABLE_URL + "\"")
			.doesNotContain(GONE);
		assertThat(out.get(1)).isNull();
		assertThat(out.get(2)).isEqualTo("<p>Sin imágenes</p>");
		assertThat(out.get(3)).isEqualTo(kept);
		assertThat(images.replaceIn(null)).isNull();
	}

}
