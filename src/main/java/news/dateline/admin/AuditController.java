package news.dateline.admin;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import news.dateline.audit.AuditLog;

/**
 * The audit log (Administrators), newest first, a page at a time.
 */
@Controller
class AuditController {

	private final AuditLog audit;

	AuditController(AuditLog audit) {
		this.audit = audit;
	}

	@GetMapping("/admin/audit")
	String list(@RequestParam(required = false) Long before, Model model) {
		model.addAttribute("page", this.audit.page(before));
		return "admin/audit/list";
	}

}
