/**
 * Staff notifications by mail: moderators choose, each for themself, to get a mail when a
 * comment is held for moderation or a reader's error report arrives, at once or as an
 * hourly summary.
 */
package news.dateline.notification;
