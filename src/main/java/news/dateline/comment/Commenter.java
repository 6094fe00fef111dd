package news.dateline.comment;

/**
 * Who is posting: the name, email and website they gave, and the keyed hash of their
 * address.
 */
public record Commenter(String name, String email, String website, String ipHash) {

	public Commenter {
		name = name.trim();
		email = email.trim().toLowerCase(java.util.Locale.ROOT);
		website = (website == null || website.isBlank()) ? null : website.trim();
	}

}
