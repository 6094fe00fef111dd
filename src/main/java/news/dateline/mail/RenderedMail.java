package news.dateline.mail;

/**
 * A mail rendered from its templates: the subject line and both parts.
 *
 * @param subject the subject line
 * @param text the plain-text part
 * @param html the HTML part
 */
public record RenderedMail(String subject, String text, String html) {

}
