/**
 * Cross-cutting plumbing: clock, site settings, signing, error pages and web
 * configuration. Feature packages may depend on it; it depends on none of them.
 */
package news.dateline.system;
