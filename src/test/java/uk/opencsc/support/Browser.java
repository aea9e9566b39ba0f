package uk.opencsc.support;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Debian's chromium driven through Debian's chromedriver (installed by .ci/run; nothing is downloaded
 * at test time). Every page visited through {@link #open} or after {@link #submit} is checked with axe.
 */
public final class Browser implements AutoCloseable {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private final WebDriver driver;
    private final String baseUrl;
    private final List<String> pagesChecked = new ArrayList<>();

    public Browser(int port) {
        if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
            throw new IllegalStateException("Browser tests need Debian's chromium and chromium-driver: "
                    + "sudo apt-get install -y chromium chromium-driver (.ci/run does this)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run", "--window-size=1280,1024");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).build();
        this.driver = new ChromeDriver(service, options);
        this.driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
        this.baseUrl = "http://localhost:" + port;
    }

    public Browser open(String path) {
        driver.get(baseUrl + path);
        return checkAccessibility();
    }

    public Browser signIn(String username, String password) {
        open("/sign-in");
        type("username", username);
        type("password", password);
        return submit("Sign in");
    }

    public Browser type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /** Types a date into a GOV.UK date input (its day, month and year boxes). */
    public Browser typeDate(String field, LocalDate date) {
        return type(field, String.valueOf(date.getDayOfMonth())).type(field + "-month", String.valueOf(date.getMonthValue()))
                .type(field + "-year", String.valueOf(date.getYear()));
    }

    /** Follows the first link whose address ends with {@code hrefEnding} and checks the page it leads to. */
    public Browser followLinkTo(String hrefEnding) {
        driver.findElement(By.cssSelector("a[href$='" + hrefEnding + "']")).click();
        return checkAccessibility();
    }

    /** Clicks the button with this text and checks the page it leads to. */
    public Browser submit(String buttonText) {
        driver.findElement(By.xpath("//button[normalize-space(.)='" + buttonText + "']")).click();
        return checkAccessibility();
    }

    public Browser clickLink(String linkText) {
        driver.findElement(By.linkText(linkText)).click();
        return checkAccessibility();
    }

    public String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public String path() {
        return driver.getCurrentUrl().substring(baseUrl.length());
    }

    public WebDriver driver() {
        return driver;
    }

    public List<String> pagesChecked() {
        return List.copyOf(pagesChecked);
    }

    /** Runs axe (WCAG 2.0–2.2 A and AA) on the current page and fails on any violation, naming it. */
    public Browser checkAccessibility() {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa")).analyze(driver);
        List<Rule> violations = results.getViolations();
        assertThat(violations)
                .as(() -> "axe violations on " + path() + ":\n" + violations.stream()
                        .map(v -> v.getId() + ": " + v.getHelp() + " " + v.getNodes().stream().map(n -> n.getHtml()).collect(Collectors.joining(" | ")))
                        .collect(Collectors.joining("\n")))
                .isEmpty();
        pagesChecked.add(path());
        return this;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
