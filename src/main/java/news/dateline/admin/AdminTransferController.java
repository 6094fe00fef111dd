package news.dateline.admin;

import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import news.dateline.system.NotFoundException;
import news.dateline.transfer.ImportProgress;
import news.dateline.transfer.ImportRejectedException;
import news.dateline.transfer.ImportUpload;
import news.dateline.transfer.TransferService;
import news.dateline.transfer.WxrDownload;

/**
 * Import and export for Administrators: the page that takes a WordPress export and shows
 * the running import's progress (polled as JSON by {@code js/import-progress.js}) and its
 * report, and the export download, written as it is read.
 */
@Controller
class AdminTransferController {

	static final String VIEW = "admin/import";

	private final TransferService transfers;

	AdminTransferController(TransferService transfers) {
		this.transfers = transfers;
	}

	@GetMapping("/admin/import")
	String page(@RequestParam(required = false) String job, Model model) {
		Optional<ImportProgress> progress = (job != null) ? this.transfers.importProgress(job)
				: this.transfers.latestImport();
		model.addAttribute("progress", progress.orElse(null));
		model.addAttribute("maxMegabytes", this.transfers.maxSize().toMegabytes());
		model.addAttribute("languages", LanguageNames.of(this.transfers.languages()));
		return VIEW;
	}

	@PostMapping("/admin/import")
	String upload(@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String language,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		ImportUpload upload = (file == null) ? null
				: new ImportUpload(file.getOriginalFilename(), file.getSize(), file::getInputStream);
		try {
			ImportProgress started = this.transfers.startImport(upload, language);
			Flash.done(redirect, "admin.import.started", started.fileName());
			return "redirect:/admin/import?job=" + started.id();
		}
		catch (ImportRejectedException ex) {
			response.setStatus(422);
			boolean languageRefused = "admin.import.language.unknown".equals(ex.messageKey());
			model.addAttribute(languageRefused ? "languageError" : "fileError",
					new Flash(ex.messageKey(), ex.args(), true));
			return page(null, model);
		}
	}

	@GetMapping(path = "/admin/import/{id}/progress", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	ImportStatus progress(@PathVariable String id) {
		return this.transfers.importProgress(id)
			.map(ImportStatus::of)
			.orElseThrow(() -> new NotFoundException("import " + id));
	}

	@GetMapping("/admin/export")
	ResponseEntity<StreamingResponseBody> export() {
		WxrDownload download = this.transfers.export();
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(download.fileName()).build().toString())
			.contentType(MediaType.APPLICATION_XML)
			.body(download.body()::writeTo);
	}

	/** What the progress bar needs, as the page's script reads it. */
	record ImportStatus(String id, String state, boolean running, int percent, long itemsRead, long postsImported,
			long postsAlreadyThere, long commentsImported, long commentsAlreadyThere, long authorsCreated, long skipped,
			long repaired) {

		static ImportStatus of(ImportProgress progress) {
			return new ImportStatus(progress.id(), progress.state().name(), progress.running(), progress.percent(),
					progress.itemsRead(), progress.postsImported(), progress.postsAlreadyThere(),
					progress.commentsImported(), progress.commentsAlreadyThere(), progress.authorsCreated(),
					progress.skipped(), progress.repaired());
		}

	}

}
