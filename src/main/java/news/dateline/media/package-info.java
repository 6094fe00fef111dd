/**
 * The media library: images uploaded by Authors and up, checked from their bytes,
 * re-encoded into resized variants on the media directory, described with alt text,
 * caption and credit, and featured on articles.
 */
package news.dateline.media;
