package news.dateline.newsletter;

/**
 * A list subscription waiting for the address's confirmation, active, or left.
 */
public enum SubscriptionStatus {

	PENDING, ACTIVE, UNSUBSCRIBED

}
