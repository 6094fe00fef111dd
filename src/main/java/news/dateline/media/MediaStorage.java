package news.dateline.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The media directory: one sub-directory per library item, named by a random key, holding
 * the item's re-encoded variants as {@code <width>.<jpg|png>}. Files are written to a
 * temporary name and moved into place, so a reader never sees half a file. Paths are
 * built only from the key (32 hex digits), a width and a served format, never from
 * anything a client sent.
 */
@Component
class MediaStorage {

	private static final Logger log = LoggerFactory.getLogger(MediaStorage.class);

	private static final Pattern KEY = Pattern.compile("[0-9a-f]{32}");

	private final SecureRandom random = new SecureRandom();

	private final Path root;

	MediaStorage(MediaProperties properties) {
		this.root = properties.dir().toAbsolutePath().normalize();
	}

	String newKey() {
		byte[] bytes = new byte[16];
		this.random.nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

	static boolean isKey(String key) {
		return key != null && KEY.matcher(key).matches();
	}

	void write(String key, ServedFormat format, List<ProcessedImage.Rendition> renditions) {
		Path directory = directory(key);
		try {
			Files.createDirectories(directory);
			for (ProcessedImage.Rendition rendition : renditions) {
				Path temporary = Files.createTempFile(directory, "upload-", ".part");
				Files.write(temporary, rendition.bytes());
				Files.move(temporary, file(key, rendition.width(), format), StandardCopyOption.ATOMIC_MOVE,
						StandardCopyOption.REPLACE_EXISTING);
			}
		}
		catch (IOException ex) {
			delete(key);
			throw new UncheckedIOException("Could not store media " + key, ex);
		}
	}

	Path file(String key, int width, ServedFormat format) {
		return directory(key).resolve(width + "." + format.extension());
	}

	/**
	 * Removes the item's files; a failure is logged, not thrown (the row is what counts).
	 */
	void delete(String key) {
		Path directory = directory(key);
		if (!Files.isDirectory(directory)) {
			return;
		}
		try (Stream<Path> files = Files.list(directory)) {
			for (Path file : files.toList()) {
				Files.deleteIfExists(file);
			}
			Files.deleteIfExists(directory);
		}
		catch (IOException ex) {
			log.warn("Could not delete the files of media {}", key, ex);
		}
	}

	private Path directory(String key) {
		if (!isKey(key)) {
			throw new IllegalArgumentException("Not a media key");
		}
		return this.root.resolve(key);
	}

}
