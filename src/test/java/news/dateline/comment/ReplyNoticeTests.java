package news.dateline.comment;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReplyNoticeTests {

	private static ReplyNotice notice(String parentEmail, String replierEmail) {
		return new ReplyNotice(7L, 8L, parentEmail, replierEmail, "Ana Núñez", "¿De verdad? — «sí»");
	}

	@Test
	void aReplyToOnesOwnCommentIsToSelfOnceBothAddressesAreNormalised() {
		assertThat(notice("Ana.Nunez@Example.org", "ana.nunez@example.org").toSelf()).isTrue();
		assertThat(notice("ana@example.org\u3000", " ANA@example.org").toSelf()).isTrue();
	}

	@Test
	void anotherAddressOrAMalformedOneIsNotToSelf() {
		assertThat(notice("ana@example.org", "bea@example.org").toSelf()).isFalse();
		assertThat(notice("not an address", "not an address").toSelf()).isFalse();
	}

}
