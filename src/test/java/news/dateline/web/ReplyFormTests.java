package news.dateline.web;

import java.lang.annotation.Annotation;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The validation rules of the "Leave a Reply" form: the fields a commenter may leave
 * empty, and one message for each mistake.
 */
class ReplyFormTests {

	private static final ValidatorFactory factory = Validation.buildDefaultValidatorFactory();

	private final Validator validator = factory.getValidator();

	@AfterAll
	static void closeFactory() {
		factory.close();
	}

	@Test
	void acceptsAFormWithTheWebsiteLeftEmpty() {
		assertThat(validate(form("ana@example.com", ""))).isEmpty();
	}

	@Test
	void refusesAWebsiteThatIsNotAFullAddress() {
		assertThat(validate(form("ana@example.com", "example.org")))
			.extracting(ReplyFormTests::field, ReplyFormTests::rule)
			.containsExactly(tuple("url", Pattern.class));
	}

	@Test
	void asksOnlyForTheEmailWhenItIsLeftEmpty() {
		assertThat(validate(form("", ""))).extracting(ReplyFormTests::field, ReplyFormTests::rule)
			.containsExactly(tuple("email", NotBlank.class));
	}

	private Set<ConstraintViolation<ReplyForm>> validate(ReplyForm form) {
		return this.validator.validate(form);
	}

	private static ReplyForm form(String email, String url) {
		return new ReplyForm("Well said.", "Ana", email, url, false, null, "token", null);
	}

	private static String field(ConstraintViolation<ReplyForm> violation) {
		return violation.getPropertyPath().toString();
	}

	private static Class<? extends Annotation> rule(ConstraintViolation<ReplyForm> violation) {
		return violation.getConstraintDescriptor().getAnnotation().annotationType();
	}

}
