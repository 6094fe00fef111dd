package news.dateline.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import news.dateline.article.CorrectionService;

/**
 * The public corrections log: every correction, clarification, update and editor's note
 * on live stories, newest first, linking to the stories.
 */
@Controller
class CorrectionsController {

	private final CorrectionService corrections;

	CorrectionsController(CorrectionService corrections) {
		this.corrections = corrections;
	}

	@GetMapping("/corrections")
	String list(@RequestParam(required = false) String before, Model model, HttpServletResponse response) {
		model.addAttribute("page", this.corrections.page(before));
		CachePolicy.apply(response, false);
		return "corrections/list";
	}

}
