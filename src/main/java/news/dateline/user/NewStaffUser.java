package news.dateline.user;

import news.dateline.security.Role;

/**
 * A staff account to create: who, with which role and first password, and an optional byline.
 */
public record NewStaffUser(String email, String displayName, Role role, String password, Long authorId) {
}
