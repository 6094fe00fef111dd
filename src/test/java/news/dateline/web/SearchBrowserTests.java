package news.dateline.web;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import news.dateline.section.SectionView;
import news.dateline.support.TestClockConfiguration;
import news.dateline.support.TestData;
import news.dateline.support.TestData.Story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A reader searches from the home page in a real Chromium and opens a result; the stories are made
 * through the services and committed (in a database of its own, so the shared test database stays
 * empty), and the index is kept up to date by the article events. Skipped, saying why, where Chromium or
 * chromedriver is missing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"spring.datasource.url=jdbc:h2:mem:dateline-search-browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
				+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
@Import({ TestClockConfiguration.class, TestData.class })
class SearchBrowserTests {

	static final String CHROMIUM = "/usr/bin/chromium";

	static final String CHROMEDRIVER = "/usr/bin/chromedriver";

	private static WebDriver driver;

	private static Path profile;

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@BeforeAll
	static void startBrowser() throws IOException {
		if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
			return;
		}
		profile = Files.createTempDirectory("dateline-chromium");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--user-data-dir=" + profile);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
			.usingAnyFreePort()
			.build();
		driver = new ChromeDriver(service, options);
	}

	@AfterAll
	static void stopBrowser() throws IOException {
		if (driver != null) {
			driver.quit();
		}
		if (profile != null) {
			try (Stream<Path> files = Files.walk(profile)) {
				files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
			}
		}
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	@Test
	void readerSearchesFromTheHomePageAndOpensAResult() {
		assumeTrue(driver != null, "Browser test skipped: " + CHROMIUM + " or " + CHROMEDRIVER + " is missing");
		String word = TestData.unique("Quokka").substring("Quokka-".length());
		SectionView section = this.data.section("Nature");
		String author = this.data.author("Eli Brandt", "nature");
		String headline = "Rare quokka colony " + word + " found on the island's coast";
		Story story = this.data.story(headline, "Rangers counted forty animals.",
				"Rangers found the " + word + " colony near the lighthouse.", section, List.of(author), List.of(),
				Duration.ofHours(1), "Wildlife");
		this.data.scheduled("Embargoed quokka " + word + " census", section, author, Duration.ofHours(4));

		driver.get(url("/"));
		WebElement box = driver.findElement(By.cssSelector("header form.site-search input[name=q]"));
		assertThat(driver.findElement(By.cssSelector("label[for=site-search-q]")).getText()).isEqualTo("Search stories");
		box.sendKeys(word);
		driver.findElement(By.cssSelector("header form.site-search button[type=submit]")).click();
		WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".search-results")));
		List<WebElement> hits = driver.findElements(By.cssSelector(".search-hit__headline a"));
		assertThat(hits).extracting(WebElement::getText).containsExactly(headline);
		assertThat(driver.findElements(By.cssSelector(".search-hit mark"))).extracting(WebElement::getText)
			.contains(word);
		hits.get(0).click();
		wait.until(ExpectedConditions.urlContains(story.url()));
		assertThat(driver.findElement(By.cssSelector("h1.story__headline")).getText()).isEqualTo(headline);
	}

	@Test
	void responsesAreCompressedForClientsThatAcceptGzip() throws Exception {
		SectionView section = this.data.section("Arts");
		String author = this.data.author("June Park", "arts");
		Story story = this.data.story("Long read about murals", null, "A mural. ".repeat(800), section,
				List.of(author), List.of(), Duration.ofHours(1));
		HttpClient client = HttpClient.newHttpClient();
		for (String path : List.of(story.url(), story.url(), "/feed.atom")) {
			HttpResponse<byte[]> response = client.send(
					HttpRequest.newBuilder(URI.create(url(path))).header("Accept-Encoding", "gzip").build(),
					HttpResponse.BodyHandlers.ofByteArray());
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
			assertThat(response.body()[0] & 0xff).isEqualTo(0x1f);
			assertThat(response.body()[1] & 0xff).isEqualTo(0x8b);
		}
	}

}
