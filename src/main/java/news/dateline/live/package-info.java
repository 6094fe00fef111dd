/**
 * Live coverage: a story switched to live gets short timestamped entries, filed by staff
 * from the admin and pushed to readers as they are filed. The module owns the entries,
 * the rules for filing, editing and ending coverage, and the numbering that lets readers'
 * event streams resume; the pages and streams themselves live in {@code web} and
 * {@code admin}.
 */
package news.dateline.live;
