package news.dateline.article;

import org.junit.jupiter.api.Test;

import news.dateline.security.Actor;
import news.dateline.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class BodyPreviewTests {

	private final BodyPreview preview = new BodyPreview(new BodyRenderer(),
			() -> java.util.Optional.of(new Actor(7L, "Carla Contributor", Role.CONTRIBUTOR)));

	@Test
	void rendersAndSanitisesAsASaveWould() {
		BodyPreview.Rendered rendered = this.preview
			.render("**Pacto** «alarma» en 서울 🇰🇷\n\n<script>alert(1)</script><img src=x onerror=alert(1)>", "Seúl");
		assertThat(rendered.html()).startsWith("<p><span class=\"dateline\">SEÚL.-</span> <strong>Pacto</strong>")
			.doesNotContain("<script", "onerror");
	}

	@Test
	void refusesABodyLongerThanTheFormAllows() {
		assertThatExceptionOfType(ArticleRejectedException.class)
			.isThrownBy(() -> this.preview.render("x".repeat(BodyPreview.MAX_BODY + 1), null));
	}

}
