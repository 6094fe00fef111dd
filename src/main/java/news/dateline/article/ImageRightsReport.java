package news.dateline.article;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import news.dateline.media.MediaService;
import news.dateline.security.Actor;
import news.dateline.security.CurrentActor;
import news.dateline.security.Role;

/**
 * The editors' dashboard block of stories whose featured image's rights have expired
 * (readers see a placeholder instead): Editors and up; null for other staff.
 */
@Service
@Transactional(readOnly = true)
public class ImageRightsReport {

	static final int LIMIT = 20;

	/** How many expired images one statement asks about. */
	static final int CHUNK = 500;

	private final MediaService media;

	private final CurrentActor currentActor;

	private final EntityManager entityManager;

	ImageRightsReport(MediaService media, CurrentActor currentActor, EntityManager entityManager) {
		this.media = media;
		this.currentActor = currentActor;
		this.entityManager = entityManager;
	}

	/**
	 * The stories featuring an expired image, most recently edited first. The expired
	 * images are read a chunk at a time, so no statement carries more than {@link #CHUNK}
	 * ids however many images an archive has let lapse.
	 */
	public List<ExpiredImageStory> storiesWithExpiredImages() {
		Actor actor = this.currentActor.require();
		if (!actor.isAtLeast(Role.EDITOR)) {
			return null;
		}
		List<ExpiredStoryRow> newest = new ArrayList<>();
		long after = 0;
		List<Long> chunk = this.media.expiredIds(after, CHUNK);
		while (!chunk.isEmpty()) {
			newest.addAll(storiesFeaturing(chunk));
			newest.sort(ExpiredStoryRow.NEWEST_FIRST);
			if (newest.size() > LIMIT) {
				newest.subList(LIMIT, newest.size()).clear();
			}
			after = chunk.get(chunk.size() - 1);
			chunk = (chunk.size() < CHUNK) ? List.of() : this.media.expiredIds(after, CHUNK);
		}
		return newest.stream().map(ExpiredStoryRow::story).toList();
	}

	private List<ExpiredStoryRow> storiesFeaturing(List<Long> mediaIds) {
		return this.entityManager.createQuery(
				"select new news.dateline.article.ImageRightsReport$ExpiredStoryRow(a.id, a.headline, a.status,"
						+ " a.updatedAt) from Article a where a.image.mediaId in :ids order by a.updatedAt desc, a.id desc",
				ExpiredStoryRow.class)
			.setParameter("ids", mediaIds)
			.setMaxResults(LIMIT)
			.getResultList();
	}

	/** A story of the report with the time that orders it. */
	record ExpiredStoryRow(Long id, String headline, ArticleStatus status, Instant updatedAt) {

		static final Comparator<ExpiredStoryRow> NEWEST_FIRST = Comparator
			.comparing(ExpiredStoryRow::updatedAt, Comparator.nullsLast(Comparator.reverseOrder()))
			.thenComparing(ExpiredStoryRow::id, Comparator.reverseOrder());

		ExpiredImageStory story() {
			return new ExpiredImageStory(this.id, this.headline, this.status);
		}

	}

}
