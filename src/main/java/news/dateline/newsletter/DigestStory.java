package news.dateline.newsletter;

/**
 * One story of a digest as its mail shows it, every URL absolute.
 *
 * @param headline the headline
 * @param deck the deck, or empty
 * @param url the story's absolute URL
 * @param section the section's name, or empty
 * @param imageUrl the absolute URL of its image, or null
 * @param imageAlt the image's alt text
 * @param imageWidth the width the mail shows it at
 * @param imageHeight the height the mail shows it at
 */
public record DigestStory(String headline, String deck, String url, String section, String imageUrl, String imageAlt,
		int imageWidth, int imageHeight) {

}
