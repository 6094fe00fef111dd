package news.dateline.article;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import news.dateline.article.internal.Article;
import news.dateline.article.internal.ArticleRepository;
import news.dateline.system.Signer;
import news.dateline.system.SiteProperties;

/**
 * Signed, expiring preview links: whoever has one sees the story as readers will,
 * whatever its state (draft, in review, scheduled, under embargo), until the link
 * expires. A link that is forged, altered or expired answers like a story that does not
 * exist.
 */
@Service
@Transactional(readOnly = true)
public class ArticlePreviews {

	static final Duration VALIDITY = Duration.ofHours(48);

	private final ArticleRepository articles;

	private final ArticleService articleService;

	private final Signer signer;

	private final SiteProperties site;

	private final Clock clock;

	ArticlePreviews(ArticleRepository articles, ArticleService articleService, Signer signer, SiteProperties site,
			Clock clock) {
		this.articles = articles;
		this.articleService = articleService;
		this.signer = signer;
		this.site = site;
		this.clock = clock;
	}

	/** The absolute preview link of a story, valid for {@link #VALIDITY} from now. */
	String linkFor(Long articleId) {
		long expires = this.clock.instant().plus(VALIDITY).getEpochSecond();
		return this.site.absolute("/preview/" + articleId + "?expires=" + expires + "&sig="
				+ this.signer.sign(payload(articleId, expires)));
	}

	/** The story behind a preview link, if the link is genuine and has not expired. */
	public ArticlePreview open(Long articleId, Long expires, String signature) {
		if (articleId == null || expires == null || !this.signer.verify(payload(articleId, expires), signature)
				|| expires < this.clock.instant().getEpochSecond()) {
			throw new ArticleNotFoundException("preview of " + articleId);
		}
		Article article = this.articles.findById(articleId)
			.orElseThrow(() -> new ArticleNotFoundException("preview of " + articleId));
		return new ArticlePreview(this.articleService.view(article, List.of()), article.getStatus(),
				article.getReleaseAt(), Instant.ofEpochSecond(expires));
	}

	private static String payload(Long articleId, long expires) {
		return "preview:" + articleId + ":" + expires;
	}

}
