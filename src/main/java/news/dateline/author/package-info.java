/**
 * Bylines: the people (and desks) credited on stories, with their bio, beats and links.
 * An author is not a login; staff accounts live in the security package.
 */
package news.dateline.author;
