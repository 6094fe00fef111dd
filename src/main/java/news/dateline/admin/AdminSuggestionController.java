package news.dateline.admin;

import java.util.List;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import news.dateline.tag.TagSuggestions;

/**
 * Type-ahead for the article editor's script: existing tag names that begin with what was
 * typed, as a JSON array. Without script the tags field is plain text, and a new name
 * makes a new tag.
 */
@Controller
class AdminSuggestionController {

	private final TagSuggestions tags;

	AdminSuggestionController(TagSuggestions tags) {
		this.tags = tags;
	}

	@GetMapping(path = "/admin/suggest/tags", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<List<String>> tags(@RequestParam(defaultValue = "") String q) {
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(this.tags.startingWith(q));
	}

}
