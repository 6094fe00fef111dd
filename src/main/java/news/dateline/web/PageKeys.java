package news.dateline.web;

import java.lang.reflect.Array;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import news.dateline.article.ArticleCard;
import news.dateline.article.ArticleView;
import news.dateline.article.CardImage;
import news.dateline.article.FeaturedImage;
import news.dateline.article.PublicVersions;
import news.dateline.author.AuthorView;
import news.dateline.media.ExpiredImages;
import news.dateline.source.SourceView;
import news.dateline.system.ContentKeys;
import news.dateline.tag.TagView;

/**
 * Works out the content keys a public page was built from, for the page cache and the
 * HTTP cache in front: from its URL (which list or feed it is) and from the view records
 * in its model (each story shown whole or as a card, each author, tag and source named,
 * each library image). Every HTML page also holds {@link ContentKeys#NAV}.
 */
@Component
class PageKeys implements HandlerInterceptor, WebMvcConfigurer {

	/** The request attribute holding the keys found in the model. */
	static final String ATTRIBUTE = PageKeys.class.getName() + ".keys";

	private static final Pattern LIST_FEED = Pattern
		.compile("/(sections|authors|tags|sources)/([^/]+)/feed\\.(atom|rss)");

	private static final Pattern KIND_FEED = Pattern.compile("/([^/]+)/feed\\.(atom|rss)");

	private static final Pattern MEDIA = Pattern.compile("^/media/([0-9a-f]{32})/");

	private static final int MAX_DEPTH = 8;

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView modelAndView) {
		if (modelAndView != null && !"POST".equals(request.getMethod())) {
			request.setAttribute(ATTRIBUTE, ofModel(modelAndView.getModel()));
		}
	}

	/**
	 * The keys of a response: its URL's (by its path in the site: "/es/latest" is a page
	 * of "/latest"), its model's, and {@code nav} for HTML.
	 */
	static Set<String> of(HttpServletRequest request, String sitePath, String contentType) {
		Set<String> keys = new LinkedHashSet<>(ofPath(sitePath));
		if (request.getAttribute(ATTRIBUTE) instanceof Set<?> found) {
			found.forEach((key) -> keys.add((String) key));
		}
		if (contentType != null && contentType.startsWith("text/html")) {
			keys.add(ContentKeys.NAV);
		}
		return keys;
	}

	/** The keys a URL implies: the list or feed it is. */
	static Set<String> ofPath(String path) {
		Set<String> keys = new LinkedHashSet<>();
		Matcher listFeed = LIST_FEED.matcher(path);
		Matcher kindFeed = KIND_FEED.matcher(path);
		if (path.equals("/")) {
			keys.add(ContentKeys.HOME);
		}
		else if (path.equals("/latest")) {
			keys.add(ContentKeys.LATEST);
		}
		else if (path.equals("/corrections")) {
			keys.add(ContentKeys.CORRECTIONS);
		}
		else if (path.equals("/feed.atom") || path.equals("/feed.rss")) {
			keys.add(ContentKeys.FEEDS);
			keys.add(ContentKeys.LATEST);
		}
		else if (listFeed.matches()) {
			keys.add(ContentKeys.FEEDS);
			String plural = listFeed.group(1);
			keys.add(ContentKeys.list(plural.substring(0, plural.length() - 1), listFeed.group(2)));
		}
		else if (kindFeed.matches()) {
			keys.add(ContentKeys.FEEDS);
			keys.add(kindFeed.group(1));
		}
		else if (path.equals("/sitemap.xml") || path.startsWith("/sitemaps/")) {
			keys.add(ContentKeys.SITEMAP);
		}
		return keys;
	}

	/** The keys of what a model shows. */
	static Set<String> ofModel(Map<String, ?> model) {
		Set<String> keys = new LinkedHashSet<>();
		for (Map.Entry<String, ?> entry : model.entrySet()) {
			// "Most read" shows headlines only, no comment counts
			collect(entry.getValue(), keys, 0, !"mostRead".equals(entry.getKey()));
		}
		return keys;
	}

	/**
	 * Adds the keys of what the value shows; {@code counts}: whether its cards' comment
	 * counts are followed (on lists; a story page's related cards may show a count as old
	 * as the page).
	 */
	private static void collect(Object value, Set<String> keys, int depth, boolean counts) {
		if (value == null || depth > MAX_DEPTH) {
			return;
		}
		if (value instanceof ArticleCard card) {
			keys.add(ContentKeys.card(card.id()));
			if (counts) {
				keys.add(ContentKeys.comments(card.id()));
			}
			card.bylines().forEach((byline) -> keys.add(ContentKeys.name("author", byline.slug())));
			if (card.image() != null) {
				mediaKey(card.image().src(), keys);
			}
			return;
		}
		if (value instanceof ArticleView article) {
			keys.add(ContentKeys.article(article.id()));
			ExpiredImages.keysIn(article.bodyHtml()).forEach((key) -> keys.add(ContentKeys.media(key)));
			walk(value, keys, depth, false);
			return;
		}
		else if (value instanceof PublicVersions versions) {
			keys.add(ContentKeys.article(versions.articleId()));
			return;
		}
		else if (value instanceof Listing listing) {
			keys.add(listKey(listing));
		}
		else if (value instanceof AuthorView author) {
			keys.add(ContentKeys.name("author", author.slug()));
			return;
		}
		else if (value instanceof TagView tag) {
			keys.add(ContentKeys.name("tag", tag.slug()));
			return;
		}
		else if (value instanceof SourceView source) {
			keys.add(ContentKeys.name("source", source.slug()));
			return;
		}
		else if (value instanceof CardImage image && image.src() != null) {
			mediaKey(image.src(), keys);
			return;
		}
		else if (value instanceof FeaturedImage image && image.url() != null) {
			mediaKey(image.url(), keys);
			return;
		}
		walk(value, keys, depth, counts);
	}

	/** The key of the library image a URL shows (none for other URLs). */
	private static void mediaKey(String url, Set<String> keys) {
		Matcher media = MEDIA.matcher(url);
		if (media.find()) {
			keys.add(ContentKeys.media(media.group(1)));
		}
	}

	private static void walk(Object value, Set<String> keys, int depth, boolean counts) {
		if (value instanceof Collection<?> items) {
			items.forEach((item) -> collect(item, keys, depth + 1, counts));
		}
		else if (value instanceof Map<?, ?> map) {
			map.values().forEach((item) -> collect(item, keys, depth + 1, counts));
		}
		else if (value.getClass().isArray() && !value.getClass().getComponentType().isPrimitive()) {
			for (int i = 0; i < Array.getLength(value); i++) {
				collect(Array.get(value, i), keys, depth + 1, counts);
			}
		}
		else if (value.getClass().isRecord() && value.getClass().getPackageName().startsWith("news.dateline")
				&& !value.getClass().getPackageName().startsWith("news.dateline.comment")) {
			// comment threads show no story, author or tag: the story page's own key
			// covers them
			for (RecordComponent component : value.getClass().getRecordComponents()) {
				collect(read(component, value), keys, depth + 1, counts);
			}
		}
	}

	private static Object read(RecordComponent component, Object record) {
		try {
			java.lang.reflect.Method accessor = component.getAccessor();
			return accessor.trySetAccessible() ? accessor.invoke(record) : null;
		}
		catch (ReflectiveOperationException ex) {
			return null;
		}
	}

	private static String listKey(Listing listing) {
		if (listing.section() != null) {
			return ContentKeys.section(listing.ownSlug());
		}
		if (listing.author() != null) {
			return ContentKeys.author(listing.ownSlug());
		}
		if (listing.tag() != null) {
			return ContentKeys.tag(listing.ownSlug());
		}
		if (listing.source() != null) {
			return ContentKeys.source(listing.ownSlug());
		}
		return ContentKeys.LATEST;
	}

}
