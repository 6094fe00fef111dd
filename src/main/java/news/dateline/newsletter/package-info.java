/**
 * Readers' newsletters: subscriptions to the lists (breaking news, the daily digest, a
 * section's weekly digest) with double opt-in, one-click unsubscribe, and the mailings
 * that go out to them through the mail outbox.
 */
package news.dateline.newsletter;
