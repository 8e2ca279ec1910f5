package dev.tactful.support.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assertj.core.api.SoftAssertions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The access table: every {@code /api/v1} operation a running service documents in its OpenAPI document, called
 * with candidate B's token on ids that exist and belong to candidate A.
 *
 * <p>Each operation must be in the table, so a new endpoint fails the test until someone decides how it is
 * checked:
 * <ul>
 * <li>{@link #othersGet404} for operations on an id in the path: B gets 404 {@code application/problem+json},
 * exactly what an id that exists nowhere gets, and nothing changes for A;</li>
 * <li>{@link #scopedToCaller} for operations that name no stored id in the path (lists, creation, previews,
 * catalogues): they act on B's own data, so B's answer is a success that mentions none of A's ids.</li>
 * </ul>
 * Every path parameter (and every {@code {name}} in a query) is filled from {@link #id}; a parameter the table
 * has no id for fails the test. After all of B's calls, A's state (read as A) must be what it was before, and then
 * each operation is called as A on the same ids, which must not be 404: proof that B was refused ids that exist.
 */
public final class AccessTable {

    public static final String PROBLEM = "application/problem+json";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}/]+)}");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, String> ids = new LinkedHashMap<>();
    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private Supplier<Object> stateOfA = () -> "";

    private record Entry(String method, String path, String query, String body, boolean owned) {
        String operation() {
            return method + " " + path;
        }
    }

    public static AccessTable create() {
        return new AccessTable();
    }

    /** The value, owned by candidate A, that fills the path or query parameter {@code name}. */
    public AccessTable id(String name, Object value) {
        ids.put(name, String.valueOf(Objects.requireNonNull(value, name)));
        return this;
    }

    /**
     * An operation on a stored id ({@code "POST /api/v1/followups/{id}/skip"}, optionally with {@code ?q={name}}),
     * with the body it needs to pass validation (null for none), so the refusal is about ownership and not input.
     */
    public AccessTable othersGet404(String operation, String jsonBody) {
        return add(operation, jsonBody, true);
    }

    public AccessTable othersGet404(String operation) {
        return othersGet404(operation, null);
    }

    /** An operation on the caller's own scope (no stored id in the path); B's answer must not mention A's ids. */
    public AccessTable scopedToCaller(String operation, String jsonBody) {
        return add(operation, jsonBody, false);
    }

    public AccessTable scopedToCaller(String operation) {
        return scopedToCaller(operation, null);
    }

    /** Everything A can read, as A: compared before and after B's calls. */
    public AccessTable stateOfA(Supplier<Object> state) {
        this.stateOfA = state;
        return this;
    }

    private AccessTable add(String operation, String body, boolean owned) {
        String[] parts = operation.strip().split("\\s+", 2);
        if (parts.length != 2) {
            throw new IllegalArgumentException("Expected \"METHOD /path\", got " + operation);
        }
        String method = parts[0].toUpperCase(Locale.ROOT);
        String pathAndQuery = parts[1];
        int q = pathAndQuery.indexOf('?');
        String path = q < 0 ? pathAndQuery : pathAndQuery.substring(0, q);
        String query = q < 0 ? null : pathAndQuery.substring(q + 1);
        Entry entry = new Entry(method, path, query, body, owned);
        if (entries.putIfAbsent(entry.operation(), entry) != null) {
            throw new IllegalArgumentException("Twice in the access table: " + entry.operation());
        }
        return this;
    }

    /** Runs the table: B is the token of a second candidate, A the token of the owner of every id. */
    public void run(String tokenOfB, String tokenOfA) {
        assertTableMatchesOpenApi();
        assertEveryParameterHasAnId();

        Object before = stateOfA.get();
        SoftAssertions soft = new SoftAssertions();
        for (Entry entry : entries.values()) {
            Response asB = call(entry, tokenOfB, ids::get);
            if (entry.owned()) {
                Response unknown = call(entry, tokenOfB, name -> UUID.randomUUID().toString());
                soft.assertThat(asB.statusCode()).as("%s as another candidate (%s)", entry.operation(), asB.asString())
                        .isEqualTo(404);
                soft.assertThat(asB.contentType()).as("%s as another candidate: content type", entry.operation())
                        .startsWith(PROBLEM);
                soft.assertThat(asB.statusCode()).as("%s: another candidate's id must look like one that does not exist",
                        entry.operation()).isEqualTo(unknown.statusCode());
            } else {
                soft.assertThat(asB.statusCode()).as("%s as another candidate (%s)", entry.operation(), asB.asString())
                        .isBetween(200, 299);
                String text = asB.asString();
                for (Map.Entry<String, String> id : ids.entrySet()) {
                    soft.assertThat(text).as("%s as another candidate mentions A's %s", entry.operation(), id.getKey())
                            .doesNotContain(id.getValue());
                }
            }
        }
        soft.assertAll();
        assertThat(stateOfA.get()).as("A's data after another candidate's calls").isEqualTo(before);

        // The ids were real: the owner gets past the ownership check on every one of them.
        SoftAssertions owner = new SoftAssertions();
        for (Entry entry : entries.values()) {
            Response asA = call(entry, tokenOfA, ids::get);
            owner.assertThat(asA.statusCode()).as("%s as the owner (%s)", entry.operation(), asA.asString())
                    .matches(s -> (s >= 200 && s < 300) || s == 409, "2xx, or 409 after an earlier action of the table");
        }
        owner.assertAll();
    }

    private Response call(Entry entry, String token, Function<String, String> values) {
        RequestSpecification spec = given().auth().oauth2(token).accept(ContentType.JSON);
        if (entry.body() != null) {
            spec = spec.contentType(ContentType.JSON).body(entry.body());
        }
        String uri = fill(entry.path(), values) + (entry.query() == null ? "" : "?" + fill(entry.query(), values));
        // urlEncodingEnabled(false): the filled values are ids, and the template's braces are gone.
        return spec.urlEncodingEnabled(false).request(entry.method(), uri);
    }

    private static String fill(String template, Function<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(Objects.requireNonNull(values.apply(m.group(1)), m.group(1))));
        }
        return m.appendTail(sb).toString();
    }

    private void assertTableMatchesOpenApi() {
        Set<String> documented = documentedOperations();
        assertThat(documented).as("the service's OpenAPI document lists /api/v1 operations").isNotEmpty();
        Set<String> missing = new TreeSet<>(documented);
        missing.removeAll(entries.keySet());
        assertThat(missing).as("/api/v1 operations missing from the access table: add each with its ids").isEmpty();
        Set<String> stale = new TreeSet<>(entries.keySet());
        stale.removeAll(documented);
        assertThat(stale).as("access table entries the OpenAPI document does not have").isEmpty();
    }

    private void assertEveryParameterHasAnId() {
        List<String> unfilled = new ArrayList<>();
        for (Entry entry : entries.values()) {
            for (String template : new String[] { entry.path(), entry.query() }) {
                if (template == null) {
                    continue;
                }
                Matcher m = PLACEHOLDER.matcher(template);
                while (m.find()) {
                    if (!ids.containsKey(m.group(1))) {
                        unfilled.add(entry.operation() + " needs id(\"" + m.group(1) + "\", ...)");
                    }
                }
            }
            if (entry.owned() && !PLACEHOLDER.matcher(entry.path()).find()) {
                unfilled.add(entry.operation() + " has no id in its path: it cannot be 404 for others, use scopedToCaller");
            }
        }
        assertThat(unfilled).as("parameters of the access table without one of A's ids").isEmpty();
    }

    /** {@code "METHOD /path"} of every /api/v1 operation in the service's own OpenAPI document. */
    public static Set<String> documentedOperations() {
        String json = given().accept(ContentType.JSON).get("/q/openapi?format=json").then().statusCode(200)
                .extract().asString();
        Set<String> operations = new TreeSet<>();
        try {
            JsonNode paths = JSON.readTree(json).path("paths");
            paths.fieldNames().forEachRemaining(path -> {
                if (path.startsWith("/api/v1")) {
                    paths.path(path).fieldNames().forEachRemaining(method -> {
                        if (METHODS.contains(method)) {
                            operations.add(method.toUpperCase(Locale.ROOT) + " " + path);
                        }
                    });
                }
            });
        } catch (java.io.IOException e) {
            throw new AssertionError("The OpenAPI document is not JSON", e);
        }
        return operations;
    }
}
