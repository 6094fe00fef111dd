package news.dateline.newsletter;

import java.util.List;

/**
 * What the manage page shows one address: its lists and their status, and the token the
 * page's forms post back.
 *
 * @param email the address
 * @param token the address's signed manage token
 * @param lists each list it has, with its status
 */
public record ManagedSubscriptions(String email, String token, List<Entry> lists) {

	/** Whether the address still gets reply notifications on some story. */
	public boolean hasReplies() {
		return this.lists.stream()
			.anyMatch((entry) -> entry.isActive() && NewsletterList.isReplies(entry.list().key()));
	}

	/**
	 * One list of the address.
	 *
	 * @param list the list
	 * @param status its status
	 */
	public record Entry(NewsletterList list, SubscriptionStatus status) {

		public boolean isActive() {
			return this.status == SubscriptionStatus.ACTIVE;
		}

	}

}
