package news.dateline.article;

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

	private final MediaService media;

	private final CurrentActor currentActor;

	private final EntityManager entityManager;

	ImageRightsReport(MediaService media, CurrentActor currentActor, EntityManager entityManager) {
		this.media = media;
		this.currentActor = currentActor;
		this.entityManager = entityManager;
	}

	/** The stories featuring an expired image, most recently edited first. */
	public List<ExpiredImageStory> storiesWithExpiredImages() {
		Actor actor = this.currentActor.require();
		if (!actor.isAtLeast(Role.EDITOR)) {
			return null;
		}
		List<Long> expired = this.media.expiredIds();
		if (expired.isEmpty()) {
			return List.of();
		}
		return this.entityManager
			.createQuery(
					"select new news.dateline.article.ExpiredImageStory(a.id, a.headline, a.status)"
							+ " from Article a where a.image.mediaId in :ids order by a.updatedAt desc, a.id desc",
					ExpiredImageStory.class)
			.setParameter("ids", expired)
			.setMaxResults(LIMIT)
			.getResultList();
	}

}
