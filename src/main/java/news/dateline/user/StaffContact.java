package news.dateline.user;

/**
 * A staff member as staff mail addresses them: one person, their own address only.
 *
 * @param id the account
 * @param email its sign-in email
 * @param displayName the name shown in the admin
 */
public record StaffContact(Long id, String email, String displayName) {

}
