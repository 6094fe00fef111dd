package news.dateline.web;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Component;

import news.dateline.article.ArticleView;
import news.dateline.article.ShareCard;
import news.dateline.media.LibraryImage;
import news.dateline.media.MediaFile;
import news.dateline.media.MediaNotFoundException;
import news.dateline.media.MediaService;
import news.dateline.system.SiteProperties;

/**
 * The 1200×630 picture a story shares with (Open Graph, Twitter cards): a crop of its
 * library image where it has one, else a card drawn with Java2D (section, headline, site
 * name). Each picture is named by a version made of what it shows, so a new headline
 * makes a new URL; the newest pictures are kept in memory.
 */
@Component
class ShareImages {

	static final int WIDTH = 1200;

	static final int HEIGHT = 630;

	/** The most bytes of pictures kept in memory (a drawn card is about 50 KB). */
	private static final long KEPT_BYTES = 16L * 1024 * 1024;

	private static final Pattern LIBRARY = Pattern.compile("^/media/([0-9a-f]{32})/(\\d{1,5}\\.(?:jpg|png))$");

	private final MediaService media;

	private final SiteProperties site;

	private final Cache<String, byte[]> kept = Caffeine.newBuilder()
		.maximumWeight(KEPT_BYTES)
		.<String, byte[]>weigher((key, bytes) -> bytes.length)
		.build();

	ShareImages(MediaService media, SiteProperties site) {
		this.media = media;
		this.site = site;
	}

	/** The share picture's path, with its version; an external image is used as it is. */
	String pathOf(ArticleView article) {
		ShareCard card = ShareCard.of(article);
		if (card.imageUrl() != null && !card.imageUrl().startsWith("/")) {
			return card.imageUrl();
		}
		return ArticleView.urlOf(card.slug()) + "/share." + extension(card) + "?v=" + version(card);
	}

	/** "jpg" for a crop of a library photo, "png" for a drawn card. */
	static String extension(ShareCard article) {
		return (libraryUrl(article) != null) ? "jpg" : "png";
	}

	static String extension(ArticleView article) {
		return extension(ShareCard.of(article));
	}

	/** A short name for what the picture shows. */
	String version(ShareCard article) {
		String section = (article.sectionName() != null) ? article.sectionName() : "";
		String image = (article.imageUrl() != null) ? article.imageUrl() : "";
		return Integer.toHexString(Objects.hash(article.headline(), section, image, this.site.name()));
	}

	String version(ArticleView article) {
		return version(ShareCard.of(article));
	}

	byte[] bytes(ArticleView article) {
		return bytes(ShareCard.of(article));
	}

	/** The picture's bytes, drawn or cropped once per version. */
	byte[] bytes(ShareCard article) {
		String library = libraryUrl(article);
		return this.kept.get(article.id() + "-" + version(article),
				(key) -> (library != null) ? crop(library) : card(article));
	}

	private static String libraryUrl(ShareCard article) {
		if (article.imageUrl() == null || LibraryImage.UNAVAILABLE_URL.equals(article.imageUrl())) {
			return null;
		}
		return LIBRARY.matcher(article.imageUrl()).matches() ? article.imageUrl() : null;
	}

	/** The middle of the photo at 1200×630, scaled to cover. */
	private byte[] crop(String url) {
		Matcher matcher = LIBRARY.matcher(url);
		if (!matcher.matches()) {
			throw new MediaNotFoundException(url);
		}
		MediaFile file = this.media.file(matcher.group(1), matcher.group(2));
		try (InputStream in = Files.newInputStream(file.path())) {
			BufferedImage source = ImageIO.read(in);
			if (source == null) {
				throw new MediaNotFoundException(url);
			}
			double scale = Math.max((double) WIDTH / source.getWidth(), (double) HEIGHT / source.getHeight());
			int width = (int) Math.ceil(source.getWidth() * scale);
			int height = (int) Math.ceil(source.getHeight() * scale);
			BufferedImage out = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
			Graphics2D g = out.createGraphics();
			g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
			g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
			g.drawImage(source, (WIDTH - width) / 2, (HEIGHT - height) / 2, width, height, null);
			g.dispose();
			return encode(out, "jpg");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Section, headline and site name on the site's paper colour, with its red rule. */
	private byte[] card(ShareCard article) {
		BufferedImage out = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = out.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
		g.setColor(new Color(0xfdfcf9));
		g.fillRect(0, 0, WIDTH, HEIGHT);
		g.setColor(new Color(0x9f1c1c));
		g.fillRect(0, 0, WIDTH, 16);
		int margin = 80;
		if (article.sectionName() != null) {
			g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 30));
			g.drawString(article.sectionName().toUpperCase(Locale.ROOT), margin, 118);
		}
		g.setColor(new Color(0x1c1b19));
		drawHeadline(g, article.headline(), margin, 150, WIDTH - 2 * margin, 350);
		g.setColor(new Color(0xd6d3cd));
		g.fillRect(margin, HEIGHT - 110, WIDTH - 2 * margin, 2);
		g.setColor(new Color(0x57534e));
		g.setFont(new Font(Font.SERIF, Font.BOLD, 34));
		g.drawString(this.site.name(), margin, HEIGHT - 55);
		g.dispose();
		return encode(out, "png");
	}

	/** The headline in the largest size (72 down to 40 px) that fits the box. */
	private static void drawHeadline(Graphics2D g, String headline, int x, int top, int width, int height) {
		for (int size = 72; size >= 40; size -= 4) {
			Font font = new Font(Font.SERIF, Font.BOLD, size);
			FontMetrics metrics = g.getFontMetrics(font);
			List<String> lines = wrap(headline, metrics, width);
			int lineHeight = (int) (size * 1.2);
			if (lines.size() * lineHeight <= height || size == 40) {
				g.setFont(font);
				int y = top + metrics.getAscent();
				for (int i = 0; i < lines.size() && (i + 1) * lineHeight <= height; i++) {
					g.drawString(lines.get(i), x, y);
					y += lineHeight;
				}
				return;
			}
		}
	}

	private static List<String> wrap(String text, FontMetrics metrics, int width) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : text.strip().split("\\s+")) {
			String candidate = line.isEmpty() ? word : line + " " + word;
			if (metrics.stringWidth(candidate) <= width || line.isEmpty()) {
				line.setLength(0);
				line.append(candidate);
			}
			else {
				lines.add(line.toString());
				line.setLength(0);
				line.append(word);
			}
		}
		if (!line.isEmpty()) {
			lines.add(line.toString());
		}
		return lines;
	}

	private static byte[] encode(BufferedImage image, String format) {
		try {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			ImageIO.write(image, format, bytes);
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
