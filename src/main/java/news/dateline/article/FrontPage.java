package news.dateline.article;

import java.util.List;

import news.dateline.section.SectionView;

/**
 * The home page: the lead story, the featured stories, the latest stories after them, and
 * the newest stories of each section not shown above.
 */
public record FrontPage(ArticleCard lead, List<ArticleCard> featured, CardPage latest, List<SectionBlock> sections) {

	/** A section's newest stories. */
	public record SectionBlock(SectionView section, List<ArticleCard> cards) {
	}

}
