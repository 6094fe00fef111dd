package news.dateline.article;

import java.util.List;

import news.dateline.section.SectionView;

/**
 * The home page: the lead story, the latest stories after it, and the newest stories of each
 * section.
 */
public record FrontPage(ArticleCard lead, CardPage latest, List<SectionBlock> sections) {

	/** A section's newest stories. */
	public record SectionBlock(SectionView section, List<ArticleCard> cards) {
	}

}
