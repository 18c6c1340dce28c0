package org.atelier.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The web workbench end to end, as an analyst uses it: {@code bin/atelier} on the shipped corpus, Debian's
 * Chromium headless at 1280×800. The tests follow one another, as a session does.
 *
 * <p>With {@code -Datelier.screenshots=DIR} the main views are saved there as PNG files (the README's pictures).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class WorkbenchBrowserTest {
    private static final Pattern ADDRESS = Pattern.compile("ready at (http://\\S+)");
    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    static Path dir;
    static Path home;
    static Path workspace;
    static Path downloads;
    static AtelierCli.RunningWorkbench workbench;
    static String address;
    static ChromeDriver browser;
    static WebDriverWait wait;

    @BeforeAll
    static void start() throws Exception {
        home = Distribution.copyTo(dir.resolve("atelier"));
        workspace = dir.resolve("workspace");
        downloads = Files.createDirectories(dir.resolve("downloads"));
        workbench = AtelierCli.startWorkbench(home, workspace);
        Matcher matcher = ADDRESS.matcher(workbench.readyLine());
        assertThat(matcher.find()).as(workbench.readyLine()).isTrue();
        address = matcher.group(1);
        browser = HeadlessChromium.start(dir.resolve("profile"), downloads);
        // Views redraw as events arrive: an element found a moment ago may have been replaced since.
        wait = new WebDriverWait(browser, WAIT);
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        browser.get(address);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".view-panel[data-view='corpus']")));
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (workbench != null) {
            workbench.close();
        }
    }

    @Test
    @Order(1)
    void theCorpusViewListsTheFiveShippedArticles() throws Exception {
        wait.until(d -> d.findElements(By.cssSelector(".document-row")).size() == 5);
        screenshot("corpus");
    }

    @Test
    @Order(2)
    void searchingPuceFindsAllFiveArticlesWithHighlights() throws Exception {
        browser.findElement(By.tagName("body")).sendKeys("/");
        WebElement input = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("search-input")));
        assertThat(browser.switchTo().activeElement()).isEqualTo(input);
        input.sendKeys("puce", Keys.ENTER);
        wait.until(d -> d.findElements(By.cssSelector(".search-hit")).size() == 5);
        for (WebElement hit : browser.findElements(By.cssSelector(".search-hit"))) {
            List<WebElement> marks = hit.findElements(By.tagName("mark"));
            assertThat(marks).as(hit.getText()).isNotEmpty();
            assertThat(marks.get(0).getText().toLowerCase()).startsWith("puce");
        }
        screenshot("search");
    }

    @Test
    @Order(3)
    void openingAHitShowsTheArticleWithItsMatches() throws Exception {
        browser.executeScript("document.activeElement.blur()");
        new Actions(browser).sendKeys("j").perform();
        wait.until(d -> !d.findElements(By.cssSelector(".search-hit.selected")).isEmpty());
        String id = browser.findElement(By.cssSelector(".search-hit.selected")).getAttribute("data-doc-id");
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("document-text")));
        // Every match is marked, not only those of the hit's snippets.
        int expected = json("api/search/matches?q=puce&doc=" + id).get("matches").size();
        assertThat(expected).isGreaterThan(0);
        wait.until(d -> d.findElements(By.cssSelector("#document-text mark")).size() == expected);
    }

    @Test
    @Order(4)
    void selectingASentenceAndPressingAMakesAClaim() throws Exception {
        String sentence = firstSentenceOfOpenDocument();
        select(sentence);
        new Actions(browser).sendKeys("a").perform();
        WebElement form = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("claim-form")));
        form.findElement(By.id("claim-claimant")).sendKeys("Techcrunch");
        form.findElement(By.id("claim-tags")).sendKeys("e2e");
        click(By.id("claim-save"));
        wait.until(d -> claims().stream().anyMatch(c -> c.get("quote").get("exact").asText().equals(sentence)));
        wait.until(d -> !d.findElements(By.cssSelector("#document-text .claim-span")).isEmpty());
        screenshot("document");
    }

    @Test
    @Order(5)
    void acceptingASuggestionMakesItAClaim() throws Exception {
        int before = claims().size();
        wait.until(d -> !d.findElement(By.cssSelector(".suggestion")).getText().isBlank());
        click(By.cssSelector(".suggestion .suggestion-accept"));
        wait.until(d -> claims().size() == before + 1);
        openView("claims");
        wait.until(d -> d.findElements(By.cssSelector(".claim-row")).size() == before + 1);
        screenshot("claims");
    }

    @Test
    @Order(6)
    void anHtmlReportHoldsTheClaimMade() throws Exception {
        String quote = claims().get(0).get("quote").get("exact").asText();
        openView("report");
        new org.openqa.selenium.support.ui.Select(wait.until(
                ExpectedConditions.visibilityOfElementLocated(By.id("report-format")))).selectByValue("html");
        screenshot("report");
        click(By.id("report-download"));
        Path report = waitForDownload(".html");
        String text = org.jsoup.Jsoup.parse(Files.readString(report, StandardCharsets.UTF_8)).text();
        assertThat(text).contains(quote);
    }

    @Test
    @Order(7)
    void aPluginsViewAppearsWhenDroppedAndLeavesWhenRemoved() throws Exception {
        Path jar = Path.of(System.getProperty("atelier.example.plugin"));
        Path plugin = home.resolve("plugins").resolve(jar.getFileName());
        Path temp = Files.copy(jar, home.resolve(jar.getFileName() + ".tmp"));
        Files.move(temp, plugin, StandardCopyOption.ATOMIC_MOVE); // never half a jar in plugins/
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector(".view-tab[data-view='example.outlets']")));
        click(By.cssSelector(".view-tab[data-view='example.outlets']"));
        wait.withMessage(() -> "the Outlets view shows: " + browser.executeScript(
                        "return document.querySelector(\".view-panel[data-view='example.outlets']\")?.textContent"))
                .until(d -> d.findElements(By.cssSelector("table.outlets tr")).size() >= 1);
        screenshot("plugin");
        Files.delete(plugin);
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.numberOfElementsToBe(
                By.cssSelector(".view-tab[data-view='example.outlets']"), 0));
    }

    @Test
    @Order(8)
    void importingChosenFilesShowsProgressAndEachFailedFile() throws Exception {
        Path good = Files.writeString(dir.resolve("dépêche.txt"), "Une dépêche sur les puces Ascend 910B de Huawei.\n");
        Path empty = Files.writeString(dir.resolve("vide.txt"), "");
        openView("corpus");
        WebElement input = browser.findElement(By.id("import-input"));
        input.sendKeys(good + "\n" + empty);
        wait.until(d -> "done".equals(browser.executeScript(
                "return document.getElementById('import-status')?.dataset.state")));
        Object problems = browser.executeScript(
                "return [...document.querySelectorAll('.import-problem')].map(p => p.textContent)");
        assertThat((List<?>) problems).singleElement().asString().contains("vide.txt");
        wait.until(d -> d.findElements(By.cssSelector(".document-row")).size() == 6);
    }

    @Test
    @Order(9)
    void theDarkThemeIsOneClickAwayAndRemembered() throws Exception {
        String before = browser.findElement(By.tagName("html")).getAttribute("data-theme");
        browser.findElement(By.id("theme-toggle")).click();
        String after = browser.findElement(By.tagName("html")).getAttribute("data-theme");
        assertThat(after).isIn("light", "dark").isNotEqualTo(before);
        browser.navigate().refresh();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".view-panel[data-view='corpus']")));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("data-theme")).isEqualTo(after);
        if ("dark".equals(after)) {
            openView("claims");
            screenshot("dark");
        }
    }

    @Test
    @Order(10)
    void anArticleWithMarkupShowsItAsText() throws Exception {
        Path article = Files.writeString(dir.resolve("balise.txt"),
                "Une balise dans le texte\n<script>window.atelierInjected = true</script><b>gras</b> puce\n");
        CommandResult imported = AtelierCli.run(home, workspace, Map.of(), "import", "--json", article.toString());
        assertThat(imported.exitCode()).as(imported.toString()).isZero();
        String id = imported.json().get("imported").get(0).get("id").asText();
        openView("corpus");
        click(By.cssSelector(".document-row[data-doc-id='" + id + "'] .document-title"));
        wait.until(d -> d.findElement(By.id("document-text")).getText().contains("<script>"));
        assertThat(browser.findElements(By.cssSelector("#document-text script, #document-text b"))).isEmpty();
        assertThat(((JavascriptExecutor) browser).executeScript("return window.atelierInjected === undefined"))
                .isEqualTo(true);
    }

    @Test
    @Order(11)
    void aClaimsDetailsSaveItsSubjectNoteAndHedgedAndEscapeRestoresTheNote() throws Exception {
        String id = claims().get(0).get("id").asText();
        openView("claims");
        By row = By.cssSelector(".claim-row[data-claim-id='" + id + "']");
        By button = By.cssSelector(".claim-row[data-claim-id='" + id + "'] .claim-details-button");
        wait.until(d -> "false".equals(d.findElement(button).getAttribute("aria-expanded")));
        click(button);
        WebElement subject = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#claim-details-" + id + " .claim-subject")));
        assertThat(browser.switchTo().activeElement()).as("the subject has the focus").isEqualTo(subject);
        // Found afresh at each try: the row may be drawn again between finding the button and reading it.
        wait.until(d -> "true".equals(d.findElement(button).getAttribute("aria-expanded")));

        long before = version(row);
        subject.sendKeys("Contrôles à l'export", Keys.TAB); // leaving the field saves it
        wait.until(d -> version(row) > before);
        assertThat(json("api/claims/" + id).path("subject").asText()).isEqualTo("Contrôles à l'export");

        By note = By.cssSelector("#claim-details-" + id + " .claim-note");
        assertThat(browser.switchTo().activeElement()).as("Tab goes on to the note").isEqualTo(browser.findElement(note));
        long beforeNote = version(row);
        String saved = "Vérifié auprès du ministère.\nÀ recouper avec Reuters.";
        browser.findElement(note).sendKeys("Vérifié auprès du ministère.", Keys.ENTER, "À recouper avec Reuters.",
                Keys.chord(Keys.CONTROL, Keys.ENTER));
        wait.until(d -> version(row) > beforeNote);
        assertThat(json("api/claims/" + id).path("statusNote").asText()).isEqualTo(saved);
        wait.until(d -> d.findElement(row).findElement(By.cssSelector(".claim-note-shown")).getText()
                .contains("À recouper avec Reuters."));

        long beforeEscape = version(row);
        browser.findElement(note).sendKeys(" Brouillon à jeter");
        assertThat(browser.findElement(note).getDomProperty("value")).endsWith("à jeter");
        browser.findElement(note).sendKeys(Keys.ESCAPE);
        assertThat(browser.findElement(note).getDomProperty("value")).isEqualTo(saved);
        WebElement hedged = browser.findElement(By.cssSelector("#claim-details-" + id + " .claim-hedged"));
        boolean wasHedged = hedged.isSelected();
        hedged.click(); // the note is left unchanged: nothing saved for it
        wait.until(d -> version(row) > beforeEscape);
        JsonNode claim = json("api/claims/" + id);
        assertThat(claim.path("hedged").asBoolean()).isEqualTo(!wasHedged);
        assertThat(claim.path("statusNote").asText()).isEqualTo(saved);
        assertThat(claim.path("version").asLong()).isEqualTo(beforeEscape + 1);

        // Escape on a field not changed closes the details, and the focus goes back to their button.
        browser.findElement(note).sendKeys(Keys.ESCAPE);
        wait.until(ExpectedConditions.numberOfElementsToBe(By.id("claim-details-" + id), 0));
        // Found afresh at each try: the row may be drawn again between finding the button and reading it.
        wait.until(d -> d.switchTo().activeElement().equals(d.findElement(button)));
        wait.until(d -> "false".equals(d.findElement(button).getAttribute("aria-expanded")));

        // A new window shows what was saved.
        browser.navigate().refresh();
        openView("claims");
        click(button);
        WebElement details = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("claim-details-" + id)));
        assertThat(details.findElement(By.cssSelector(".claim-subject")).getDomProperty("value")).isEqualTo("Contrôles à l'export");
        assertThat(details.findElement(By.cssSelector(".claim-note")).getDomProperty("value")).isEqualTo(saved);
        assertThat(details.findElement(By.cssSelector(".claim-hedged")).isSelected()).isEqualTo(!wasHedged);
    }

    @Test
    @Order(12)
    void aLargeCorpusIsPagedByTheServerAndLoadedAsTheListScrolls() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("many-articles"));
        for (int i = 0; i < 700; i++) {
            Files.writeString(folder.resolve(String.format("depeche-%03d.txt", i)),
                    String.format("Dépêche %03d%n%nLe texte de la dépêche numéro %d.%n", i, i));
        }
        Path large = dir.resolve("large-workspace");
        CommandResult imported = AtelierCli.run(home, large, Map.of(), "import", folder.toString());
        assertThat(imported.exitCode()).as(imported.toString()).isZero();

        try (AtelierCli.RunningWorkbench second = AtelierCli.startWorkbench(home, large)) {
            Matcher matcher = ADDRESS.matcher(second.readyLine());
            assertThat(matcher.find()).as(second.readyLine()).isTrue();
            browser.get(matcher.group(1));
            openView("corpus");
            wait.until(d -> d.findElement(By.id("corpus-count")).getText().equals("705 documents"));
            // The first page only, in the server's order, and no filter over documents the window has not loaded.
            wait.until(d -> d.findElements(By.cssSelector(".document-row")).size() == 500);
            assertThat(browser.findElement(By.id("corpus-filter")).isEnabled()).isFalse();
            for (int expected : new int[] {700, 705}) {
                browser.executeScript("document.querySelector('.document-list-end').scrollIntoView()");
                wait.until(d -> d.findElements(By.cssSelector(".document-row")).size() == expected);
            }
            List<String> ids = browser.findElements(By.cssSelector(".document-row")).stream()
                    .map(row -> row.getAttribute("data-doc-id")).toList();
            assertThat(ids).doesNotHaveDuplicates();
        } finally {
            browser.get(address);
        }
    }

    /** The version a row of the Claims view shows. */
    private static long version(By row) {
        return Long.parseLong(browser.findElement(row).getAttribute("data-version"));
    }

    private static void openView(String id) {
        click(By.cssSelector(".view-tab[data-view='" + id + "']"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".view-panel[data-view='" + id + "']")));
    }

    /** Clicks the element as soon as it can be clicked, again if a view redrew it under the pointer first. */
    private static void click(By element) {
        wait.until(d -> {
            WebElement found = ExpectedConditions.elementToBeClickable(element).apply(d);
            if (found == null) {
                return false;
            }
            found.click();
            return true;
        });
    }

    /** The first sentence of the open document that no highlight splits, so a selection covers one text node run. */
    private static String firstSentenceOfOpenDocument() {
        return (String) browser.executeScript("""
                const text = document.querySelector('#document-text').textContent;
                const sentences = text.split(/(?<=[.!?])\\s+/).map(s => s.trim())
                    .filter(s => s.length > 40 && s.length < 300 && !s.includes('\\n') && !/puce/i.test(s));
                return sentences[1] || sentences[0];
                """);
    }

    /** Selects {@code quote} in the document view as a user's drag would, across the nodes it spans. */
    private static void select(String quote) {
        Object found = browser.executeScript("""
                const root = document.querySelector('#document-text');
                const quote = arguments[0];
                const nodes = [];
                const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
                let all = '';
                for (let n = walker.nextNode(); n; n = walker.nextNode()) { nodes.push([n, all.length]); all += n.data; }
                const start = all.indexOf(quote);
                if (start < 0) return false;
                const end = start + quote.length;
                const at = (offset) => {
                  for (let i = nodes.length - 1; i >= 0; i--) {
                    if (nodes[i][1] <= offset) return [nodes[i][0], offset - nodes[i][1]];
                  }
                };
                const range = document.createRange();
                range.setStart(...at(start));
                range.setEnd(...at(end));
                const selection = window.getSelection();
                selection.removeAllRanges();
                selection.addRange(range);
                root.dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));
                return true;
                """, quote);
        assertThat(found).as("the sentence is in the document view").isEqualTo(true);
    }

    private static List<JsonNode> claims() {
        JsonNode array = json("api/claims");
        return Stream.iterate(0, i -> i < array.size(), i -> i + 1).map(array::get).toList();
    }

    /** What the workbench's API answers at {@code path}, which must succeed. */
    private static JsonNode json(String path) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(address + path)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            return new ObjectMapper().readTree(response.body());
        } catch (java.io.IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private static Path waitForDownload(String extension) throws Exception {
        Path[] found = new Path[1];
        Await.until(Duration.ofSeconds(30), "a " + extension + " download", () -> {
            try (Stream<Path> files = Files.list(downloads)) {
                found[0] = files.filter(f -> f.toString().endsWith(extension)).findFirst().orElse(null);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return found[0] != null;
        });
        return found[0];
    }

    private static void screenshot(String name) throws Exception {
        String target = System.getProperty("atelier.screenshots");
        if (target == null || target.isBlank()) {
            return;
        }
        Path png = Files.createDirectories(Path.of(target)).resolve("workbench-" + name + ".png");
        Files.write(png, browser.getScreenshotAs(OutputType.BYTES));
    }
}
