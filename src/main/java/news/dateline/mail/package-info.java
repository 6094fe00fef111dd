/**
 * Outgoing mail: the outbox table every mail is written to in the same transaction as its
 * cause, the sender job that delivers it over SMTP (claimed, rate-limited, retried, never
 * sent twice), the templates mails are rendered from, and the admin's view of the outbox.
 */
package news.dateline.mail;
