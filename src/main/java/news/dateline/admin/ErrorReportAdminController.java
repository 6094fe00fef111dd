package news.dateline.admin;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import news.dateline.report.ErrorReportService;

/**
 * The editors' corrections queue: readers' open error reports, newest first.
 */
@Controller
class ErrorReportAdminController {

	static final int SHOWN = 200;

	private final ErrorReportService reports;

	ErrorReportAdminController(ErrorReportService reports) {
		this.reports = reports;
	}

	@GetMapping("/admin/reports")
	String list(Model model) {
		model.addAttribute("reports", this.reports.openReports(SHOWN));
		return "admin/reports/list";
	}

}
