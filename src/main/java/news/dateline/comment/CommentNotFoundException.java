package news.dateline.comment;

import news.dateline.system.NotFoundException;

/**
 * No comment has the id a moderator asked for.
 */
public class CommentNotFoundException extends NotFoundException {

	public CommentNotFoundException(Long id) {
		super("comment " + id);
	}

}
