package news.dateline.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import news.dateline.live.LiveEntryDraft;
import news.dateline.live.LiveEntryView;

/** The live desk's form for filing or editing an entry. */
record LiveEntryForm(@NotBlank @Size(max = 20000) String body, @Size(max = 120) String keyTitle, Boolean pinned,
		@Size(max = 200) String byline) {

	static LiveEntryForm empty() {
		return new LiveEntryForm("", "", false, "");
	}

	static LiveEntryForm of(LiveEntryView entry) {
		return new LiveEntryForm(entry.bodyMarkdown(), entry.keyTitle(), entry.pinned(), entry.authorSlug());
	}

	LiveEntryDraft toDraft() {
		return new LiveEntryDraft(this.body, this.keyTitle, Boolean.TRUE.equals(this.pinned), this.byline);
	}

}
