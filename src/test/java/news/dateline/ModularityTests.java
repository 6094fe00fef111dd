package news.dateline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps Dateline's module boundaries and draws them. Every top-level package under
 * {@code news.dateline} is a module; its base package is its face, its {@code internal}
 * package is its own.
 * {@link #modulesDependOnEachOtherOnlyThroughTheirFacesAndWithoutCycles()} fails on a
 * cycle between modules or on a reach into another module's internals. Tried once by
 * giving the audit module back its old arrow to the article module ({@code AuditLog}
 * naming {@code article.EditorialEvent}) and the public site one into the article
 * module's internals (a {@code web} class naming
 * {@code article.internal.ArticleRepository}); the test failed with (long lines wrapped,
 * the cycles the first one made through other modules left out):
 *
 * <pre>
 * org.springframework.modulith.core.Violations:
 * - Cycle detected: Slice article -&gt;
 *                 Slice audit -&gt;
 *                 Slice article
 *   1. Dependencies of Slice article
 *     - Interface &lt;news.dateline.article.EditorialEvent&gt; extends interface
 *       &lt;news.dateline.audit.AuditableEvent&gt; in (EditorialEvent.java:0)
 *   2. Dependencies of Slice audit
 *     - Static Initializer &lt;news.dateline.audit.AuditLog.&lt;clinit&gt;()&gt; references class object
 *       &lt;news.dateline.article.EditorialEvent&gt; in (AuditLog.java:31)
 * [...]
 * - Module 'web' depends on non-exposed type news.dateline.article.internal.ArticleRepository within module 'article'!
 * Static Initializer &lt;news.dateline.web.Bots.&lt;clinit&gt;()&gt; references class object
 *   &lt;news.dateline.article.internal.ArticleRepository&gt; in (Bots.java:11)
 * </pre>
 *
 * {@link #committedModuleDocumentationMatchesTheCode()} draws the module diagram
 * (PlantUML) and one canvas per module into {@code docs/modules/}; when the committed
 * files differ from what the code draws, it writes the new ones there and fails, so the
 * developer commits them.
 */
class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(DatelineApplication.class);

	static final Path COMMITTED = Path.of("docs", "modules");

	@Test
	void modulesDependOnEachOtherOnlyThroughTheirFacesAndWithoutCycles() {
		modules.verify();
	}

	@Test
	void committedModuleDocumentationMatchesTheCode(@TempDir Path drawn) throws IOException {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder(drawn.toString()))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
		Set<String> names = new TreeSet<>(fileNames(drawn));
		names.addAll(fileNames(COMMITTED));
		List<String> stale = new ArrayList<>();
		for (String name : names) {
			Path now = drawn.resolve(name);
			Path committed = COMMITTED.resolve(name);
			if (!Files.exists(now)) {
				stale.add(name + " (no such module any more: deleted)");
				Files.delete(committed);
			}
			else if (!Files.exists(committed) || !sameLines(now, committed)) {
				stale.add(name);
				Files.createDirectories(COMMITTED);
				Files.copy(now, committed, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		assertThat(stale).as("docs/modules/ did not match the code and has been redrawn; review and commit these files")
			.isEmpty();
	}

	/**
	 * Whether both files hold the same lines. The order is left out: the drawing lists
	 * components and arrows in the order the analysis meets them, which may differ from
	 * run to run.
	 */
	private static boolean sameLines(Path one, Path other) throws IOException {
		return Files.readAllLines(one)
			.stream()
			.sorted()
			.toList()
			.equals(Files.readAllLines(other).stream().sorted().toList());
	}

	private static List<String> fileNames(Path folder) {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(Files::isRegularFile).map((file) -> file.getFileName().toString()).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
