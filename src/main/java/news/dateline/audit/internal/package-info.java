/**
 * The audit module's own: the stored audit entry and its repository. Other modules write
 * and read the log through {@code AuditLog}.
 */
package news.dateline.audit.internal;
