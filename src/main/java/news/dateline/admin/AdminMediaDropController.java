package news.dateline.admin;

import java.util.Locale;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

import news.dateline.media.MediaService;
import news.dateline.system.FieldRejectedException;

/**
 * Images dropped or pasted into the article editor's body: the editor's script posts the
 * file with the alt text it asked for, the library keeps it like any upload (the same
 * checks of type and size), and the answer is its library URL for the script to put in
 * the body as Markdown. A refusal answers 422 with the reason in the admin's language.
 * Without script, images are uploaded under Media ({@link AdminMediaController}).
 */
@Controller
class AdminMediaDropController {

	private final MediaService media;

	private final MessageSource messages;

	AdminMediaDropController(MediaService media, MessageSource messages) {
		this.media = media;
		this.messages = messages;
	}

	@PostMapping(path = "/admin/media/drop", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Dropped> drop(@Valid @ModelAttribute("uploadForm") MediaUploadForm form, BindingResult result) {
		Locale locale = LocaleContextHolder.getLocale();
		if (result.hasErrors()) {
			FieldError error = result.getFieldErrors().get(0);
			return refused(this.messages.getMessage(error, locale));
		}
		try {
			Long id = this.media.upload(form.toUpload(this.media.maxFileBytes()));
			return ResponseEntity.ok(new Dropped(this.media.view(id).url(), form.alt().strip(), null));
		}
		catch (FieldRejectedException ex) {
			return refused(this.messages.getMessage(ex.messageKey(), null, ex.messageKey(), locale));
		}
	}

	private static ResponseEntity<Dropped> refused(String reason) {
		return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(new Dropped(null, null, reason));
	}

	/** The JSON the script reads: the image's library URL and alt text, or why not. */
	record Dropped(String url, String alt, String error) {
	}

}
