package news.dateline.user;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The first Administrator from the environment ({@code DATELINE_ADMIN_EMAIL},
 * {@code DATELINE_ADMIN_PASSWORD}, optional {@code DATELINE_ADMIN_NAME}); used only while
 * no staff account exists.
 *
 * @param email the first Administrator's email (none by default)
 * @param password the first Administrator's password (none by default; at least twelve
 * characters)
 * @param name the first Administrator's display name
 */
@ConfigurationProperties("dateline.admin")
public record AdminProperties(String email, String password, @DefaultValue(AdminProperties.NAME) String name) {

	/**
	 * The name the first Administrator gets when none is given (an empty one included).
	 */
	static final String NAME = "Administrator";

	public AdminProperties {
		name = (name == null || name.isBlank()) ? NAME : name.strip();
	}

	boolean isGiven() {
		return this.email != null && !this.email.isBlank() && this.password != null && !this.password.isEmpty();
	}

}
