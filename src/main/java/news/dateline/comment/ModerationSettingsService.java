package news.dateline.comment;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import news.dateline.audit.AuditLog;
import news.dateline.security.Actor;
import news.dateline.security.CurrentActor;
import news.dateline.security.Role;
import news.dateline.system.FieldRejectedException;
import news.dateline.system.SiteSettings;

/**
 * The moderation settings in force: the defaults (the {@code dateline.comments.*}
 * settings), or the ones an Administrator saved in the admin (kept in the site settings,
 * so every node applies them from the next comment on). The reply depth always comes from
 * the defaults.
 */
@Service
@Transactional(readOnly = true)
public class ModerationSettingsService {

	static final String KEY = "moderation-settings";

	/** What the site settings can hold for one value. */
	static final int MAX_STORED = 4000;

	private final ModerationSettings defaults;

	private final SiteSettings settings;

	private final CurrentActor currentActor;

	private final AuditLog audit;

	ModerationSettingsService(ModerationSettings defaults, SiteSettings settings, CurrentActor currentActor,
			AuditLog audit) {
		this.defaults = defaults;
		this.settings = settings;
		this.currentActor = currentActor;
		this.audit = audit;
	}

	/** The settings that apply now. */
	public ModerationSettings current() {
		return this.settings.get(KEY).map(this::decode).orElse(this.defaults);
	}

	/** Whether an Administrator changed the defaults. */
	public boolean isChanged() {
		return this.settings.get(KEY).isPresent();
	}

	@Transactional
	public void update(ModerationSettings changed) {
		Actor actor = this.currentActor.require(Role.ADMINISTRATOR);
		String encoded = encode(changed);
		if (encoded.length() > MAX_STORED) {
			throw new FieldRejectedException("bannedWords", "moderation.error.too-long");
		}
		this.settings.put(KEY, encoded);
		this.audit.record(actor, "moderation.settings", "settings", KEY, String.join(", ", changed.bannedWords()));
	}

	/** Goes back to the defaults, the {@code dateline.comments.*} settings. */
	@Transactional
	public void reset() {
		Actor actor = this.currentActor.require(Role.ADMINISTRATOR);
		this.settings.remove(KEY);
		this.audit.record(actor, "moderation.reset", "settings", KEY, null);
	}

	private static String encode(ModerationSettings settings) {
		StringBuilder text = new StringBuilder();
		text.append("hold-first-time=").append(settings.holdFirstTimeCommenters()).append('\n');
		text.append("max-links=").append(settings.maxLinksBeforeHold()).append('\n');
		text.append("flood-gap=").append(settings.floodGap().toSeconds()).append('\n');
		text.append("minimum-time-on-page=").append(settings.minimumTimeOnPage().toSeconds()).append('\n');
		text.append("close-after-days=").append(settings.closeAfterDays()).append('\n');
		for (String word : settings.bannedWords()) {
			text.append("banned=").append(word.replace('\n', ' ')).append('\n');
		}
		return text.toString();
	}

	private ModerationSettings decode(String text) {
		ModerationSettings d = this.defaults;
		boolean hold = d.holdFirstTimeCommenters();
		int links = d.maxLinksBeforeHold();
		Duration floodGap = d.floodGap();
		Duration timeOnPage = d.minimumTimeOnPage();
		int closeAfter = d.closeAfterDays();
		List<String> banned = new ArrayList<>();
		for (String line : text.split("\n")) {
			int equals = line.indexOf('=');
			if (equals < 0) {
				continue;
			}
			String value = line.substring(equals + 1);
			try {
				switch (line.substring(0, equals)) {
					case "hold-first-time" -> hold = Boolean.parseBoolean(value);
					case "max-links" -> links = Integer.parseInt(value);
					case "flood-gap" -> floodGap = Duration.ofSeconds(Long.parseLong(value));
					case "minimum-time-on-page" -> timeOnPage = Duration.ofSeconds(Long.parseLong(value));
					case "close-after-days" -> closeAfter = Integer.parseInt(value);
					case "banned" -> banned.add(value);
					default -> {
						// written by a later version: ignored
					}
				}
			}
			catch (NumberFormatException ex) {
				// a damaged value keeps its default
			}
		}
		return new ModerationSettings(hold, links, banned, floodGap, timeOnPage, closeAfter, d.maxDepth());
	}

}
