package news.dateline.admin;

import java.io.IOException;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.web.multipart.MultipartFile;

import news.dateline.media.MediaDetails;
import news.dateline.media.MediaUpload;
import news.dateline.system.FieldRejectedException;

/**
 * The media library's upload form: the file and its description. What the file is, is for
 * the media service to find out from its bytes; the browser's name for it is only kept
 * for display.
 */
record MediaUploadForm(MultipartFile file, @NotBlank @Size(max = 500) String alt, @Size(max = 1000) String caption,
		@Size(max = 300) String credit) {

	static MediaUploadForm empty() {
		return new MediaUploadForm(null, "", "", "");
	}

	/**
	 * The upload for the media service; a file over {@code maxBytes} is refused before it
	 * is read into memory (the server's multipart limit is the much larger import limit).
	 */
	MediaUpload toUpload(long maxBytes) {
		if (this.file != null && this.file.getSize() > maxBytes) {
			throw new FieldRejectedException("file", "media.file.too-large");
		}
		try {
			byte[] bytes = (this.file != null) ? this.file.getBytes() : new byte[0];
			String name = (this.file != null) ? this.file.getOriginalFilename() : null;
			return new MediaUpload(name, bytes, new MediaDetails(this.alt, this.caption, this.credit));
		}
		catch (IOException ex) {
			throw new FieldRejectedException("file", "media.file.unreadable");
		}
	}

}
