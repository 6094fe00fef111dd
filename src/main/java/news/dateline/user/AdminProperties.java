package news.dateline.user;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first Administrator from the environment ({@code DATELINE_ADMIN_EMAIL},
 * {@code DATELINE_ADMIN_PASSWORD}, optional {@code DATELINE_ADMIN_NAME}); used only while no staff
 * account exists.
 */
@ConfigurationProperties("dateline.admin")
public record AdminProperties(String email, String password, String name) {

	public AdminProperties {
		name = (name == null || name.isBlank()) ? "Administrator" : name.strip();
	}

	boolean isGiven() {
		return this.email != null && !this.email.isBlank() && this.password != null && !this.password.isEmpty();
	}

}
