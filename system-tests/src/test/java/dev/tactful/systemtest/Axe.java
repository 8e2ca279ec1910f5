package dev.tactful.systemtest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.openqa.selenium.JavascriptExecutor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * axe-core (the npm package's axe.min.js, as Deque ships it in com.deque.html.axe-core:selenium) run in the page the
 * browser shows. WebDriver's scripts are not subject to the page's CSP, so the app's strict policy stays as it is.
 */
final class Axe {

    /** What fails a page; moderate and minor findings are printed only. */
    static final Set<String> BLOCKING = Set.of("serious", "critical");

    private static final String SOURCE = load();
    private static final ObjectMapper JSON = new ObjectMapper();

    record Finding(String page, String rule, String impact, String help, List<String> targets) {
        boolean blocking() {
            return BLOCKING.contains(impact);
        }

        @Override
        public String toString() {
            return page + ": [" + impact + "] " + rule + " - " + help + " at " + targets;
        }
    }

    record Report(String page, int rulesPassed, List<Finding> violations, List<String> unlabelled) {
    }

    private Axe() {
    }

    /** Runs every WCAG 2.x A/AA rule (and axe's best practices) on the page as it is now. */
    static Report check(Browser browser, String page) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver;
        // hx-boost swaps the body but keeps the window: inject once per real page load.
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object';"))) {
            js.executeScript(SOURCE);
        }
        String raw = (String) js.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                axe.run(document, { resultTypes: ['violations'] })
                  .then(function (r) { done(JSON.stringify({ passes: r.passes.length, violations: r.violations })); })
                  .catch(function (e) { done(JSON.stringify({ error: String(e) })); });
                """);
        // Our own check of the rule the issue names: every visible form control has a label.
        @SuppressWarnings("unchecked")
        List<String> unlabelled = (List<String>) js.executeScript("""
                return Array.from(document.querySelectorAll('input, select, textarea'))
                  .filter(function (el) { return el.type !== 'hidden' && !el.hidden; })
                  .filter(function (el) { return el.labels.length === 0 && !el.getAttribute('aria-label'); })
                  .map(function (el) { return el.outerHTML; });
                """);
        try {
            JsonNode result = JSON.readTree(raw);
            if (result.has("error")) {
                throw new AssertionError("axe.run failed on " + page + ": " + result.get("error").asText());
            }
            List<Finding> findings = new ArrayList<>();
            for (JsonNode v : result.get("violations")) {
                List<String> targets = new ArrayList<>();
                v.get("nodes").forEach(n -> targets.add(n.get("target").toString()));
                findings.add(new Finding(page, v.get("id").asText(), v.path("impact").asText("unknown"), v.get("help").asText(),
                        targets));
            }
            return new Report(page, result.get("passes").asInt(), findings, unlabelled);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String load() {
        try (InputStream in = Axe.class.getClassLoader().getResourceAsStream("axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test classpath (com.deque.html.axe-core:selenium)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
