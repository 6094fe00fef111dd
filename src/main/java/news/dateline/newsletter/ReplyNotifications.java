package news.dateline.newsletter;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import news.dateline.article.ArticleCard;
import news.dateline.article.ArticleService;
import news.dateline.comment.CommentApproved;
import news.dateline.comment.CommentService;
import news.dateline.comment.ReplyNotice;
import news.dateline.mail.MailAddresses;
import news.dateline.mail.Mailroom;
import news.dateline.system.SiteProperties;

/**
 * Reply notifications: when a reply becomes visible to readers (approved at once or by a
 * moderator; never while it is held or spam), the commenter it answers gets a mail, in
 * the approval's transaction, if they ticked "Email me when someone replies" on that
 * story and confirmed their address, and did not write the reply themself. Each mail
 * unsubscribes in one click from that story's thread, and links to leaving every thread.
 */
@Component
class ReplyNotifications {

	private final CommentService comments;

	private final ArticleService articles;

	private final Subscriptions subscriptions;

	private final Mailroom mailroom;

	private final SiteProperties site;

	ReplyNotifications(CommentService comments, ArticleService articles, Subscriptions subscriptions, Mailroom mailroom,
			SiteProperties site) {
		this.comments = comments;
		this.articles = articles;
		this.subscriptions = subscriptions;
		this.mailroom = mailroom;
		this.site = site;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void onApproved(CommentApproved approved) {
		ReplyNotice notice = this.comments.replyNotice(approved.commentId()).orElse(null);
		if (notice == null || notice.toSelf()) {
			return;
		}
		String listKey = NewsletterList.replies(notice.articleId());
		String address = MailAddresses.normalise(notice.parentEmail()).orElse(null);
		if (address == null) {
			return;
		}
		List<Mailings.Recipient> subscriber = this.subscriptions.confirmedSubscribers(listKey, address, 0, 1);
		if (subscriber.isEmpty()) {
			return;
		}
		List<ArticleCard> story = this.articles.liveCards(List.of(notice.articleId()));
		if (story.isEmpty()) {
			return;
		}
		long id = subscriber.get(0).id();
		String unsubscribe = this.subscriptions.unsubscribeUrl(id, listKey);
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put("headline", story.get(0).headline());
		variables.put("url", this.site.absolute(story.get(0).url() + "#comment-" + notice.replyId()));
		variables.put("replier", notice.replierName());
		variables.put("excerpt", notice.excerpt());
		variables.put("unsubscribeUrl", unsubscribe);
		variables.put("unsubscribeAllUrl", this.subscriptions.unsubscribeUrl(id, NewsletterList.ALL_REPLIES));
		this.mailroom.sendToList("reply", "reply-notification", notice.parentEmail(), variables, unsubscribe,
				notice.replierName(), story.get(0).headline());
	}

}
