package news.dateline.transfer;

import static news.dateline.transfer.WxrText.firstPresent;
import static news.dateline.transfer.WxrText.rootMessage;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import news.dateline.article.ArticleService;
import news.dateline.article.ImportedStory;
import news.dateline.transfer.ImportIssue.Entry;
import news.dateline.transfer.ImportIssue.Outcome;
import news.dateline.transfer.ImportIssue.Reason;
import news.dateline.transfer.ImportRecords.Kind;
import news.dateline.transfer.PostTerms.Post;
import news.dateline.transfer.WxrReader.Element;

/**
 * The importer's step for one item: decides whether it is a post to import (or one
 * imported before), has it read into a story, and stores the story with its new comments
 * and its extensions' data in one transaction, so a failure costs one post.
 */
@Component
class PostImport {

	private static final Set<String> CORE_ITEM_ELEMENTS = Set.of("status", "published", "release", "created", "updated",
			"markdown", "dateline-city", "dateline-country", "byline", "source", "old-slug", "legacy-path", "language",
			"translation-group");

	private static final Logger log = LoggerFactory.getLogger(PostImport.class);

	private final ArticleService articles;

	private final StoryReader stories;

	private final CommentImport comments;

	private final MediaImport media;

	private final ImportRecords records;

	private final TransactionTemplate transactions;

	private final EntityManager entityManager;

	private final List<TransferExtension> extensions;

	private final Clock clock;

	PostImport(ArticleService articles, StoryReader stories, CommentImport comments, MediaImport media,
			ImportRecords records, TransactionTemplate transactions, EntityManager entityManager,
			List<TransferExtension> extensions, Clock clock) {
		this.articles = articles;
		this.stories = stories;
		this.comments = comments;
		this.media = media;
		this.records = records;
		this.transactions = transactions;
		this.entityManager = entityManager;
		this.extensions = extensions;
		this.clock = clock;
	}

	void item(ImportRun run, Element read) {
		XmlElement item = read.element();
		Post post = new Post(run, read.line(), item.text(Wxr.WP, "post_id"), item.text(Wxr.RSS, "title"));
		run.job.itemRead();
		List<XmlElement> itemComments = item.children(Wxr.WP, "comment");
		run.repaired(read, Entry.POST, post.id(), post.title());
		try {
			if (MediaImport.isAttachment(item)) {
				this.media.attachment(run, read);
				return;
			}
			checkPost(post, item);
			Optional<Long> existing = this.records.find(run.source(), Kind.POST, post.id());
			if (existing.isPresent()) {
				run.job.postAlreadyThere();
				store(post, null, existing.get(), itemComments, List.of());
				return;
			}
			ImportedStory story = this.stories.story(post, item);
			List<XmlElement> extensionElements = item.children()
				.stream()
				.filter((child) -> child.namespace().equals(Wxr.DATELINE) && !CORE_ITEM_ELEMENTS.contains(child.name()))
				.toList();
			store(post, story, null, itemComments, extensionElements);
		}
		catch (Skip skip) {
			post.issue(Outcome.SKIPPED, skip.reason(), skip.detail());
			for (XmlElement comment : itemComments) {
				run.issue(Outcome.SKIPPED, post.line(), Entry.COMMENT, comment.text(Wxr.WP, "comment_id"), null,
						Reason.POST_NOT_IMPORTED, post.id());
			}
		}
	}

	private static void checkPost(Post post, XmlElement item) throws Skip {
		String type = firstPresent(item.text(Wxr.WP, "post_type"), "post");
		if (!type.equals("post")) {
			throw new Skip(Reason.NOT_A_POST, type);
		}
		if (post.id() == null) {
			throw new Skip(Reason.NO_ID, null);
		}
		Integer firstLine = post.run().seenPosts.putIfAbsent(post.id(), post.line());
		if (firstLine != null) {
			throw new Skip(Reason.DUPLICATE_ID, "line " + firstLine);
		}
		if (post.title() == null) {
			throw new Skip(Reason.NO_TITLE, null);
		}
	}

	/**
	 * Stores a new story (or finds the one already there) with its new comments, in one
	 * transaction.
	 */
	private void store(Post post, ImportedStory story, Long existingId, List<XmlElement> itemComments,
			List<XmlElement> extensionElements) {
		ImportRun run = post.run();
		CommentImport.Outcomes outcomes = new CommentImport.Outcomes();
		try {
			this.transactions.executeWithoutResult((status) -> {
				Long articleId = existingId;
				if (story != null) {
					ImportedStory.Filed filed = this.articles.importStory(story);
					articleId = filed.id();
					translationLink(post, story, filed.translation(), outcomes.issues);
					this.records.remember(run.source(), Kind.POST, post.id(), articleId, this.clock.instant());
					extensions(post, articleId, extensionElements, outcomes.issues);
				}
				this.comments.store(run, post.line(), articleId, itemComments, outcomes);
				this.entityManager.flush();
				this.entityManager.clear();
			});
		}
		catch (RuntimeException ex) {
			log.warn("Could not store post {} of {}", post.id(), run.source(), ex);
			post.issue(Outcome.SKIPPED, Reason.STORE_FAILED, rootMessage(ex));
			return;
		}
		if (story != null) {
			run.job.postImported();
		}
		for (int i = 0; i < outcomes.imported; i++) {
			run.job.commentImported();
		}
		for (int i = 0; i < outcomes.alreadyThere; i++) {
			run.job.commentAlreadyThere();
		}
		outcomes.issues.forEach(run.job::report);
	}

	/**
	 * Reports a story that named a translation group it could not join: the group's story
	 * is not here, or the group has a story in its language already.
	 */
	private static void translationLink(Post post, ImportedStory story, ImportedStory.Translation translation,
			List<ImportIssue> found) {
		Reason reason = switch (translation) {
			case LANGUAGE_TAKEN -> Reason.TRANSLATION_LANGUAGE_TAKEN;
			case MISSING -> Reason.TRANSLATION_MISSING;
			default -> null;
		};
		if (reason != null) {
			found.add(new ImportIssue(Outcome.REPAIRED, post.line(), Entry.POST, post.id(), post.title(), reason,
					(story.language() != null) ? story.translationOf() + ", " + story.language()
							: story.translationOf()));
		}
	}

	private void extensions(Post post, Long articleId, List<XmlElement> elements, List<ImportIssue> found) {
		Set<String> claimed = new HashSet<>();
		for (TransferExtension extension : this.extensions) {
			List<XmlElement> mine = elements.stream()
				.filter((element) -> extension.articleElements().contains(element.name()))
				.toList();
			if (!mine.isEmpty()) {
				extension.importArticle(articleId, mine);
				mine.forEach((element) -> claimed.add(element.name()));
			}
		}
		for (XmlElement element : elements) {
			if (!claimed.contains(element.name()) && post.run().firstReport("element:" + element.name())) {
				found.add(new ImportIssue(Outcome.REPAIRED, post.line(), Entry.ELEMENT, null,
						"dateline:" + element.name(), Reason.UNKNOWN_ELEMENT, null));
			}
		}
	}

}
