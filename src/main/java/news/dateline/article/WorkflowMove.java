package news.dateline.article;

import java.time.Instant;

/**
 * A workflow move the editor page asks for together with a save of its form (see
 * {@link EditorialService#saveAndMove}): each button of the page's workflow panel is one
 * of these.
 */
public sealed interface WorkflowMove {

	/** Sends the story to the review queue. */
	record Submit() implements WorkflowMove {
	}

	/** Sends a story in review back to draft. */
	record ReturnToDraft() implements WorkflowMove {
	}

	/** Puts the story live now. */
	record Publish() implements WorkflowMove {
	}

	/** Queues the story to go live at {@code at}. */
	record Schedule(Instant at) implements WorkflowMove {
	}

	/** Holds the story off every public surface until {@code until}. */
	record Embargo(Instant until) implements WorkflowMove {
	}

	/** Takes the story off the site or cancels its release. */
	record Unpublish() implements WorkflowMove {
	}

	/** Appends an entry to a published story's corrections log. */
	record Correct(CorrectionKind kind, String note) implements WorkflowMove {
	}

}
