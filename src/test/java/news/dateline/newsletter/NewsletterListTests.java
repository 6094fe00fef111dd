package news.dateline.newsletter;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NewsletterListTests {

	@Test
	void aStorysReplyListKeyIsSpelledInOnePlace() {
		assertThat(NewsletterList.replies(42L)).isEqualTo("replies:42");
		assertThat(NewsletterList.isReplies(NewsletterList.replies(42L))).isTrue();
		assertThat(NewsletterList.storyOf(NewsletterList.replies(42L))).isEqualTo(42L);
		assertThat(NewsletterList.isKey(NewsletterList.replies(42L))).isTrue();
	}

	@Test
	void otherKeysAreNotAStorysReplyList() {
		for (String key : new String[] { NewsletterList.ALL_REPLIES, NewsletterList.BREAKING, NewsletterList.DAILY,
				"section:mundo", "author:ji-woo-김지우", "replies:", "replies:4x", null }) {
			assertThat(NewsletterList.isReplies(key)).as(key).isFalse();
			assertThat(NewsletterList.storyOf(key)).as(key).isNull();
		}
		assertThat(NewsletterList.isDigest("replies:42")).isFalse();
		assertThat(NewsletterList.isDigest("section:mundo")).isTrue();
	}

}
