package vn.dxscorecard.report.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.dxscorecard.support.JobHarness;

/**
 * The web edition in a real browser: Debian's headless Chromium driven through Selenium,
 * on the published files ({@code file://}), as a reader opens them from disk.
 * {@code .ci/run} installs Chromium and its driver and sets
 * {@code DX_BROWSER_TESTS=required}; elsewhere the suite runs when they are installed.
 */
class WebEditionBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    /** Shown as text, never as markup: a value a sender wrote. */
    private static final String HOSTILE = "<img src=x onerror=alert(1)>\"'</script>";

    @TempDir
    static Path workspace;

    static JobHarness job;

    static Path web;

    static ChromeDriver driver;

    @BeforeAll
    static void publishAndOpenABrowser() throws IOException {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        if ("required".equals(System.getenv("DX_BROWSER_TESTS"))) {
            assertThat(installed).as("Chromium and chromedriver in /usr/bin (.ci/run installs them)").isTrue();
        }
        assumeTrue(installed, "Chromium is not installed");
        job = new JobHarness(workspace).withSample("2025-Q2", "2025-Q3");
        String hanoi = JobHarness.sampleText("01_2025-Q3.csv").stripTrailing() + "\n01;2025-Q3;KT_HOA_DON_DIEN_TU;"
                + HOSTILE.replace(";", "") + ";\n";
        job.withFile("01_2025-Q3.csv", hanoi).withFile("<img src=x onerror=alert(2)>'\".csv", "x");
        assertThat(job.run("--period=2025-Q2")).isZero();
        assertThat(job.run("--period=2025-Q3", "--dx.report.languages=vi,en")).isZero();
        web = job.periodDir("2025-Q3").resolve("web");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--user-data-dir=" + workspace.resolve("chromium"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build(),
                options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }

    @AfterAll
    static void closeTheBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @AfterEach
    void noRequestLeftTheFolderAndNoPolicyWasBroken() {
        if (driver == null) {
            return;
        }
        String folder = web.toUri().toString();
        JsonMapper json = JsonMapper.builder().build();
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            JsonNode message = json.readTree(entry.getMessage()).path("message");
            JsonNode params = message.path("params");
            // Only what our pages ask for: the browser's own start page is not ours.
            if (message.path("method").asString("").equals("Network.requestWillBeSent")
                    && params.path("documentURL").asString("").startsWith("file:")) {
                assertThat(params.path("request").path("url").asString("")).as("a request of the page")
                    .startsWith(folder);
            }
        }
        assertTheConsoleIsClean();
    }

    /** No policy violation and no error on the console since the last look. */
    private static void assertTheConsoleIsClean() {
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            assertThat(entry.getMessage()).as("console")
                .doesNotContain("Content Security Policy")
                .doesNotContain("Refused");
            assertThat(entry.getLevel()).as(entry.getMessage()).isNotEqualTo(Level.SEVERE);
        }
    }

    @Test
    void theRankingTablesAreRankingsCsvInOrder() throws IOException {
        open("index.html");
        List<Map<String, String>> csv = JobHarness.readCsv(job.periodDir("2025-Q3").resolve("rankings.csv"));
        List<WebElement> rows = new ArrayList<>(driver.findElements(By.cssSelector("#t-ranking0 tbody tr")));
        rows.addAll(driver.findElements(By.cssSelector("#t-ranking1 tbody tr")));
        assertThat(rows).hasSize(csv.size());
        for (int i = 0; i < csv.size(); i++) {
            Map<String, String> expected = csv.get(i);
            List<WebElement> cells = rows.get(i).findElements(By.tagName("td"));
            assertThat(cells.get(2).getText()).isEqualTo(expected.get("unit_code"));
            if (expected.get("status").equals("ranked")) {
                assertThat(cells.get(0).getText()).startsWith(expected.get("rank") + "/");
                assertThat(cells.get(1).getText()).isEqualTo(expected.get("rank_min") + "–" + expected.get("rank_max"));
                assertThat(cells.get(4).getText()).isEqualTo(expected.get("overall").replace('.', ','));
            }
            else {
                assertThat(cells.get(0).getText()).isEqualTo("—");
            }
        }
    }

    @Test
    void aClickOrTheKeyboardSortsByAColumnAndSaysSo() {
        open("index.html");
        WebElement score = driver.findElement(By.cssSelector("#t-ranking0 thead th:nth-child(5) button"));
        score.click();
        assertThat(driver.findElement(By.cssSelector("#t-ranking0 thead th:nth-child(5)")).getDomAttribute("aria-sort"))
            .isEqualTo("ascending");
        List<Double> ascending = column("#t-ranking0", 5);
        assertThat(ascending).isSorted();
        assertThat(driver.findElement(By.id("sort-status")).getText()).contains("tăng dần");
        score.sendKeys(Keys.ENTER);
        assertThat(driver.findElement(By.cssSelector("#t-ranking0 thead th:nth-child(5)")).getDomAttribute("aria-sort"))
            .isEqualTo("descending");
        List<Double> descending = column("#t-ranking0", 5);
        assertThat(descending.reversed()).isSorted();
        WebElement code = driver.findElement(By.cssSelector("#t-ranking0 thead th:nth-child(3) button"));
        code.sendKeys(Keys.SPACE);
        List<String> codes = driver.findElements(By.cssSelector("#t-ranking0 tbody td:nth-child(3)"))
            .stream()
            .map(WebElement::getText)
            .toList();
        assertThat(codes).isSorted();
    }

    @Test
    void aUnitPageHasTheFiguresOfItsScoresCsvRows() throws IOException {
        open("units/01.html");
        List<Map<String, String>> scores = JobHarness.readCsv(job.periodDir("2025-Q3").resolve("scores.csv"))
            .stream()
            .filter(r -> r.get("unit_code").equals("01"))
            .toList();
        List<WebElement> rows = driver.findElements(By.cssSelector("#t-indicators tbody tr"));
        int checked = 0;
        for (WebElement row : rows) {
            List<WebElement> cells = row.findElements(By.tagName("td"));
            String code = cells.get(1).getText();
            Map<String, String> expected = scores.stream()
                .filter(r -> r.get("indicator_code").equals(code))
                .findFirst()
                .orElse(null);
            if (expected == null) {
                continue;
            }
            assertThat(cells.get(5).getText()).as(code).isEqualTo(expected.get("score").replace('.', ','));
            assertThat(cells.get(6).getText()).as(code).isEqualTo(expected.get("status"));
            String projection = cells.get(9).getText();
            assertThat(projection).as(code)
                .startsWith(expected.get("on_course").isEmpty() ? "—"
                        : expected.get("on_course").equals("yes") ? "Dự kiến đạt" : "Dự kiến không đạt");
            checked++;
        }
        assertThat(checked).isEqualTo(scores.size());
        assertThat(driver.findElements(By.cssSelector("#t-indicators svg.spark"))).isNotEmpty();
    }

    @Test
    void theLanguageLinkLeadsToEnglishAndBack() {
        open("units/01.html");
        follow("header nav a", "/web/en/units/01.html");
        assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
        assertThat(driver.findElement(By.tagName("body")).getText()).contains("OVERALL SCORE")
            .doesNotContain("ĐIỂM TỔNG HỢP");
        follow("header nav a", "/web/units/01.html");
        assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("vi");
    }

    @Test
    void axeFindsNoSeriousOrCriticalViolation() throws IOException {
        String axe;
        try (InputStream in = WebEditionBrowserTest.class.getClassLoader().getResourceAsStream("axe.min.js")) {
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (String page : List.of("index.html", "units/01.html", "en/index.html")) {
            open(page);
            assertTheConsoleIsClean();
            ((JavascriptExecutor) driver).executeScript(axe);
            Map<?, ?> result = (Map<?, ?>) ((JavascriptExecutor) driver).executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    axe.run(document).then(r => done({
                        passes: r.passes.length,
                        incomplete: r.incomplete.length,
                        violations: r.violations.map(v => v.impact + ' ' + v.id + ' (' + v.nodes.length + ')'),
                        severe: r.violations
                            .filter(v => v.impact === 'serious' || v.impact === 'critical')
                            .map(v => v.id + ': ' + v.help + ' (' + v.nodes.length + ')')}));
                    """);
            // The summary the closing note quotes.
            System.out.printf("axe-core %s on %s: %s rules passed, %s incomplete, violations %s%n",
                    ((JavascriptExecutor) driver).executeScript("return axe.version;"), page, result.get("passes"),
                    result.get("incomplete"), result.get("violations"));
            assertThat((List<?>) result.get("severe")).as("axe-core on %s", page).isEmpty();
            // axe reads the stylesheet back with a request that file:// refuses: its own,
            // not the page's.
            driver.manage().logs().get(LogType.BROWSER);
        }
    }

    @Test
    void aPhoneWideWindowHasNoHorizontalScroll() {
        driver.manage().window().setSize(new Dimension(360, 800));
        try {
            for (String page : List.of("index.html", "units/01.html", "en/units/01.html")) {
                open(page);
                Long overflow = (Long) ((JavascriptExecutor) driver)
                    .executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
                assertThat(overflow).as(page).isLessThanOrEqualTo(0L);
            }
        }
        finally {
            driver.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    @Test
    void whatASenderWroteShowsAsText() throws IOException {
        open("index.html");
        assertThat(driver.findElements(By.cssSelector("#t-not-used td"))).extracting(WebElement::getText)
            .contains("<img src=x onerror=alert(2)>'\".csv");
        assertThat(driver.findElements(By.cssSelector("main img"))).isEmpty();
        open("units/01.html");
        assertThat(driver.findElements(By.cssSelector("main img"))).isEmpty();
        List<String> values = driver.findElements(By.cssSelector("#t-rejections td"))
            .stream()
            .map(WebElement::getText)
            .toList();
        assertThat(values).contains(HOSTILE.replace(";", ""));
        List<Path> pages;
        try (Stream<Path> files = Files.walk(web)) {
            pages = files.filter(Files::isRegularFile).toList();
        }
        assertThat(pages).hasSizeGreaterThan(90);
        for (Path page : pages) {
            String html = Files.readString(page);
            // Escaped wherever it stands: as text, and in the attribute it sorts by.
            assertThat(html).as(page.toString()).doesNotContain("<img").doesNotContain("</script>\"");
            assertThat(html).as("no path of the server in " + page).doesNotContain(workspace.toString());
        }
        // A unit's page holds its own files only.
        String hanoi = Files.readString(web.resolve("units/01.html"));
        assertThat(hanoi).contains("01_2025-Q3.csv").doesNotContain("04_2025-Q3.csv").doesNotContain("BTC_2025-Q3");
    }

    /**
     * Opens a page and waits until it is as a reader sees it: this page, loaded, and
     * every sortable table's headers made buttons by {@code sort.js}. CI once found no
     * header button right after {@code get} returned (Chromium 150).
     */
    private static void open(String page) {
        String url = web.resolve(page).toUri().toString();
        driver.get(url);
        new WebDriverWait(driver, Duration.ofSeconds(30))
            .until(d -> (Boolean) ((JavascriptExecutor) d).executeScript("""
                    return document.location.href === arguments[0]
                        && document.readyState === 'complete'
                        && Array.from(document.querySelectorAll('table.sortable'))
                            .filter(t => t.tHead && t.tBodies.length)
                            .every(t => Array.from(t.tHead.rows[0].cells).every(th => th.querySelector('button')));
                    """, url));
    }

    /**
     * Clicks a link and waits for the page it leads to; fails when it leads elsewhere.
     */
    private static void follow(String link, String page) {
        driver.findElement(By.cssSelector(link)).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).withMessage("the link leads to " + page)
            .until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                    "return document.readyState === 'complete' && document.location.href.endsWith(arguments[0]);",
                    page));
    }

    private static List<Double> column(String table, int index) {
        return driver.findElements(By.cssSelector(table + " tbody td:nth-child(" + index + ")"))
            .stream()
            .map(WebElement::getText)
            .filter(t -> !t.equals("—"))
            .map(t -> Double.parseDouble(t.replace(".", "").replace(',', '.')))
            .toList();
    }

}
