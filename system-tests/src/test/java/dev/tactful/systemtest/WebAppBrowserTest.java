package dev.tactful.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The web app in a real browser (headless Chromium, JavaScript and htmx on) over the suite as {@code ./run-local}
 * starts it: what {@link WebAppTest} does over plain HTTP, done by clicking and typing. A screenshot of every page
 * goes to target/screenshots, and axe-core checks each of them.
 * <p>
 * {@code @Isolated}: Chromium takes a core of its own; next to the concurrent scenarios it would slow their timing.
 */
@Isolated
class WebAppBrowserTest {

    static final By H1 = By.tagName("h1");

    static Suite suite;
    static Browser browser;

    @BeforeAll
    static void start() {
        // Before the suite starts: a machine without the browser learns it at once.
        Browser.requireInstalled();
        suite = Suite.get();
        browser = new Browser(suite.webApp().baseUrl());
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    /** The page's heading, once the page (or htmx's swap of it) shows the one expected. */
    static void awaitHeading(String text) {
        browser.await("heading \"" + text + "\" on " + browser.path(), ExpectedConditions.textToBe(H1, text));
    }

    /** Every page the candidate saw, as axe-core found it. */
    static final List<Axe.Report> accessibility = new ArrayList<>();

    /** A screenshot of the page and an axe-core check of it; the findings are asserted at the end. */
    static void page(String name) {
        browser.screenshot(name);
        Axe.Report report = Axe.check(browser, name);
        System.out.printf("[axe] %s: %d rules passed, %d violations%n", name, report.rulesPassed(), report.violations().size());
        report.violations().forEach(v -> System.out.println("[axe] " + v));
        report.unlabelled().forEach(u -> System.out.println("[axe] " + name + ": no label for " + u));
        accessibility.add(report);
    }

    static void assertAccessible() {
        assertThat(accessibility).as("pages checked with axe-core").hasSizeGreaterThanOrEqualTo(10);
        assertThat(accessibility).allSatisfy(r -> assertThat(r.rulesPassed()).as("axe rules passed on " + r.page()).isGreaterThan(10));
        assertThat(accessibility.stream().flatMap(r -> r.unlabelled().stream().map(u -> r.page() + ": " + u)))
                .as("form controls without a label").isEmpty();
        assertThat(accessibility.stream().flatMap(r -> r.violations().stream()).filter(Axe.Finding::blocking).map(Object::toString))
                .as("serious or critical axe-core violations").isEmpty();
    }

    static WebElement entry(String kind) {
        return browser.driver.findElements(By.cssSelector("ol.timeline > li")).stream()
                .filter(li -> li.findElement(By.tagName("h3")).getText().startsWith(kind)).findFirst()
                .orElseThrow(() -> new AssertionError("No " + kind + " on the timeline"));
    }

    static String entryId(String kind) {
        return entry(kind).getAttribute("id");
    }

    static String entryText(String domId) {
        return browser.find(By.id(domId)).getText();
    }

    static void assertNoAlert() {
        assertThatThrownBy(() -> browser.driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    }

    @Test
    void aCandidateUsesTheProductInABrowser() {
        String email = "browser-" + UUID.randomUUID() + "@example.org";

        // Sign in: address, mail read over IMAP, the link, the confirming button.
        browser.open("/interviews");
        browser.await("redirect to sign-in", ExpectedConditions.urlContains("/sign-in"));
        awaitHeading("Sign in");
        page("sign-in");
        int before = suite.mail.inbox(email).size();
        browser.type(By.id("email"), email);
        browser.find(By.cssSelector("main form button[type=submit]")).click();
        awaitHeading("Check your mail");
        page("link-sent");
        String link = ScenarioSupport.waiting("sign-in mail to " + email).until(() -> suite.mail.inbox(email).stream()
                .skip(before).map(m -> WebAppTest.LINK.matcher(m.text())).filter(Matcher::find).map(m -> m.group(1))
                .findFirst(), Optional::isPresent).orElseThrow();
        browser.open(link);
        awaitHeading("Finish signing in");
        page("sign-in-confirm");
        browser.find(By.cssSelector("main form button[type=submit]")).click();
        awaitHeading("Your interviews");
        page("board-empty");

        // Settings: the zone in which the form's times are read.
        browser.find(By.linkText("Settings")).click();
        awaitHeading("Settings");
        browser.type(By.id("name"), "Rowan Tester");
        browser.type(By.id("email"), "rowan@example.org");
        browser.type(By.id("timeZone"), "Europe/Berlin");
        new Select(browser.find(By.id("defaultPolicy"))).selectByValue("STANDARD");
        new Select(browser.find(By.id("deliveryMode"))).selectByValue("DRAFT_TO_CANDIDATE");
        browser.find(By.xpath("//button[.='Save settings']")).click();
        browser.await("settings saved", ExpectedConditions.textToBe(By.id("settings-notice"), "Settings saved."));
        assertThat(browser.path()).isEqualTo("/settings?saved=true");
        assertThat(browser.find(By.id("timeZone")).getDomProperty("value")).isEqualTo("Europe/Berlin");
        page("settings");

        // Log an interview: the settings are filled in; an interviewer row added inline.
        browser.find(By.linkText("Log an interview")).click();
        awaitHeading("Log an interview");
        assertThat(browser.find(By.id("candidate.name")).getDomProperty("value")).isEqualTo("Rowan Tester");
        assertThat(browser.find(By.id("candidate.timeZone")).getDomProperty("value")).isEqualTo("Europe/Berlin");
        browser.type(By.id("company.name"), "Northwind");
        browser.type(By.id("company.timeZone"), "Asia/Tokyo");
        browser.type(By.id("role"), "Platform Engineer");
        browser.setValue(By.id("interviewedAt"),
                WebAppTest.LOCAL.format(suite.now().minus(Duration.ofHours(2)).atZone(WebAppTest.BERLIN)));
        browser.type(By.id("durationMinutes"), "60");
        new Select(browser.find(By.id("format"))).selectByValue("VIDEO");
        browser.setValue(By.id("decisionExpectedBy"), LocalDate.ofInstant(suite.now(), WebAppTest.BERLIN).plusDays(30).toString());
        browser.type(By.id("interviewers-0-name"), "Avery Stone");
        browser.type(By.id("interviewers-0-title"), "Engineering Manager");
        browser.type(By.id("interviewers-0-email"), "not-an-address");
        browser.find(By.xpath("//button[.='Add another interviewer']")).click();
        // A blank form has two rows; the third comes back from the server (empty rows are not sent).
        browser.await("a third interviewer row", ExpectedConditions.presenceOfElementLocated(By.id("interviewers-2-name")));
        // The row came back from the server with what was typed so far.
        assertThat(browser.find(By.id("interviewers-0-name")).getDomProperty("value")).isEqualTo("Avery Stone");
        browser.type(By.id("interviewers-1-name"), "Jordan Lee");
        browser.type(By.id("interviewers-1-email"), "jordan@northwind.example");
        browser.find(By.id("interviewers-1-askedNotToFollowUp")).click();
        browser.type(By.id("topicsDiscussed"), "<script>alert(1)</script>\nmoving billing to event streaming");
        browser.type(By.id("pointsToReinforce"), "on-call experience with Kafka");
        browser.find(By.xpath("//button[.='Log the interview']")).click();

        // The API's validation error, next to the field it names.
        WebElement error = browser.await("the e-mail error next to its field",
                ExpectedConditions.visibilityOfElementLocated(By.id("interviewers-0-email-error")));
        WebElement bad = browser.find(By.id("interviewers-0-email"));
        assertThat(bad.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(bad.getAttribute("aria-describedby")).isEqualTo("interviewers-0-email-error");
        assertThat(error.getText()).isNotBlank();
        assertThat(browser.find(By.id("form-errors")).isDisplayed()).isTrue();
        assertThat(browser.find(By.id("interviewers-1-name")).getDomProperty("value")).isEqualTo("Jordan Lee");
        page("log-form-error");
        String avery = "avery-" + UUID.randomUUID() + "@northwind.example";
        browser.type(By.id("interviewers-0-email"), avery);
        browser.find(By.xpath("//button[.='Log the interview']")).click();

        // The timeline with the rules; the markup topic as text, run by nobody.
        awaitHeading("Northwind · Platform Engineer");
        String timeline = browser.path();
        assertThat(timeline).matches("/interviews/[0-9a-f-]{36}");
        browser.awaitReloading("the plan on the timeline", d -> d.findElements(By.cssSelector("ol.timeline > li h3")).stream()
                .map(WebElement::getText).filter(t -> t.startsWith("Thank-you") || t.startsWith("Status check")).count() >= 2);
        String plan = browser.find(By.id("timeline")).getText();
        assertThat(plan).contains("R1").contains("R3").contains("(Asia/Tokyo)").contains("(Europe/Berlin)");
        assertThat(browser.find(By.cssSelector("dl.facts")).getText()).contains("<script>alert(1)</script>");
        assertNoAlert();
        String thanks = entryId("Thank-you");
        String check = entryId("Status check");

        // The thank-you's draft, once it falls due.
        browser.awaitReloading("the thank-you draft", d -> !d.findElements(By.cssSelector("#" + thanks + " a[href*='/drafts/']")).isEmpty());
        page("timeline");
        browser.open("/interviews");
        awaitHeading("Your interviews");
        assertThat(browser.find(By.cssSelector(".board")).getText()).contains("Northwind").contains("Platform Engineer");
        page("board");
        browser.find(By.partialLinkText("Northwind")).click();
        awaitHeading("Northwind · Platform Engineer");
        browser.find(By.cssSelector("#" + thanks + " a[href*='/drafts/']")).click();
        browser.await("the draft text", ExpectedConditions.visibilityOfElementLocated(By.id("draft-text")));
        assertThat(browser.find(By.id("draft-text")).getText()).contains("Avery");
        assertThat(browser.find(By.partialLinkText("Open in your mail program")).getAttribute("href")).startsWith("mailto:" + avery);
        // copy.js shows the button only where it can copy; a click reports either way.
        WebElement copy = browser.await("the copy button", ExpectedConditions.visibilityOfElementLocated(By.cssSelector("button.copy")));
        copy.click();
        browser.await("the copy status", d -> !d.findElement(By.id("copy-status")).getText().isBlank());
        page("draft");

        // Snooze the status check (htmx swaps the timeline in place).
        browser.find(By.partialLinkText("Northwind")).click();
        awaitHeading("Northwind · Platform Engineer");
        String untilId = "until-" + check.substring("followup-".length());
        assertThat(browser.find(By.id(untilId)).getAttribute("min")).isNotBlank();
        browser.setValue(By.id(untilId), WebAppTest.LOCAL.format(suite.now().plus(Duration.ofDays(35)).atZone(WebAppTest.BERLIN)));
        browser.find(By.cssSelector("#" + check + " form[action$='/snooze'] button")).click();
        browser.await("the check snoozed", d -> entryText(check).contains("Snoozed by the candidate"));

        // The employer replied: pending follow-ups become CANCELLED under R8.
        new Select(browser.find(By.id("outcome-type"))).selectByValue("REPLY_RECEIVED");
        browser.type(By.id("outcome-note"), "They liked it");
        browser.find(By.xpath("//button[.='Log the answer']")).click();
        // The answer is recorded before anything reloads the page (a reload would abort the request).
        browser.await("the answer listed", ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("section[aria-labelledby=outcome-title] ul"), "They liked it"));
        browser.awaitReloading("the check cancelled under R8", d -> entryText(check).contains("CANCELLED"));
        assertThat(entryText(check)).contains("R8");
        assertThat(browser.find(By.cssSelector("#" + check + " .badge")).getText()).isEqualTo("CANCELLED");
        assertNoAlert();
        page("timeline-after-reply");

        // Sign out: the pages are closed.
        browser.find(By.xpath("//button[.='Sign out']")).click();
        awaitHeading("Sign in");
        assertThat(browser.find(By.cssSelector("main .notice")).getText()).isEqualTo("You are signed out.");
        page("signed-out");
        for (String closed : List.of("/interviews", timeline, "/settings")) {
            browser.open(closed);
            browser.await(closed + " redirects to sign-in", ExpectedConditions.urlMatches("/sign-in$"));
            awaitHeading("Sign in");
        }

        // Accessibility of every page above: labels, and no serious or critical axe-core finding.
        assertAccessible();
        // The check can fail: an input without a label, put into the page, is found by both.
        browser.script("var i = document.createElement('input'); i.id = 'axe-probe'; document.querySelector('main').appendChild(i);");
        Axe.Report probe = Axe.check(browser, "probe");
        assertThat(probe.unlabelled()).singleElement().asString().contains("axe-probe");
        assertThat(probe.violations()).anySatisfy(v -> {
            assertThat(v.rule()).isEqualTo("label");
            assertThat(v.blocking()).isTrue();
        });
    }
}
