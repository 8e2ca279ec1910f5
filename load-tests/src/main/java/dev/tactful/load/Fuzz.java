package dev.tactful.load;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.tactful.infra.BadJwt;

/**
 * Generated bad requests across every endpoint of every service: valid bodies mutated (fields dropped, wrong
 * types, extra fields, huge strings and arrays, deep nesting), unreadable or invalid UTF-8 bodies, wrong content
 * types, bad ids and paths, and missing, garbage, tampered, expired, foreign-issuer, {@code alg: none} and
 * HS256-keyed-with-the-public-key tokens ({@link BadJwt}). The contract: never a 5xx, and every 4xx is
 * {@code application/problem+json}.
 */
final class Fuzz {

    record Result(int requests, Map<Integer, Integer> statuses, List<String> serverErrors, List<String> notProblemJson) {
    }

    private record Endpoint(String service, String method, String path, ObjectNode validBody) {
    }

    private final Random random;
    private final List<Endpoint> endpoints;
    private final Map<String, String> bases;
    private final String candidate;
    private final ObjectNode interview;

    /** {@code sample} is one interview the candidate really has, so ids can point at something that exists. */
    Fuzz(LocalSuite suite, long seed, String candidate, String interviewId, ObjectNode interviewBody) {
        this.random = new Random(seed);
        this.candidate = candidate;
        this.interview = interviewBody;
        this.bases = Map.of("interview", suite.interview.baseUrl(), "planner", suite.planner.baseUrl(), "notifier",
                suite.notifier.baseUrl());
        ObjectNode outcome = Http.JSON.createObjectNode().put("type", "REPLY_RECEIVED").put("note", "they wrote back");
        ObjectNode patch = Http.JSON.createObjectNode().put("askedNotToFollowUp", true).put("title", "Director");
        ObjectNode snooze = Http.JSON.createObjectNode().put("until", suite.clock.now().plusSeconds(86400).toString());
        ObjectNode preview = Http.JSON.createObjectNode().put("kind", "THANK_YOU").put("channel", "EMAIL");
        preview.set("interview", interviewBody.deepCopy());
        String id = interviewId;
        endpoints = List.of(
                new Endpoint("interview", "POST", "/api/v1/interviews", interviewBody),
                new Endpoint("interview", "GET", "/api/v1/interviews?page={n}&size={n}&status={s}&company={s}", null),
                new Endpoint("interview", "GET", "/api/v1/interviews/{id}", null),
                new Endpoint("interview", "POST", "/api/v1/interviews/{id}/outcomes", outcome),
                new Endpoint("interview", "GET", "/api/v1/interviews/{id}/outcomes/{id}", null),
                new Endpoint("interview", "PATCH", "/api/v1/interviews/{id}/interviewers/{s}", patch),
                new Endpoint("planner", "GET", "/api/v1/plans/{id}", null),
                new Endpoint("planner", "GET", "/api/v1/rules", null),
                new Endpoint("planner", "POST", "/api/v1/followups/{id}/skip", null),
                new Endpoint("planner", "POST", "/api/v1/followups/{id}/snooze", snooze),
                new Endpoint("notifier", "GET", "/api/v1/deliveries?interviewId={id}", null),
                new Endpoint("notifier", "GET", "/api/v1/deliveries/{id}", null),
                new Endpoint("notifier", "POST", "/api/v1/previews", preview));
        this.realId = id;
    }

    private final String realId;

    Result run(int count, int concurrency) {
        Map<Integer, Integer> statuses = Collections.synchronizedMap(new TreeMap<>());
        List<String> serverErrors = Collections.synchronizedList(new ArrayList<>());
        List<String> notProblem = Collections.synchronizedList(new ArrayList<>());
        Semaphore slots = new Semaphore(concurrency);
        List<CompletableFuture<Void>> all = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Endpoint e = endpoints.get(i % endpoints.size());
            Case c = mutate(e);
            slots.acquireUninterruptibly();
            all.add(Http.CLIENT.sendAsync(c.request, HttpResponse.BodyHandlers.ofString()).handle((r, failure) -> {
                slots.release();
                if (failure != null) {
                    // A connection the server closed on an absurd request is not a 5xx, but say so.
                    statuses.merge(-1, 1, Integer::sum);
                    return null;
                }
                statuses.merge(r.statusCode(), 1, Integer::sum);
                String type = r.headers().firstValue("Content-Type").orElse("");
                if (r.statusCode() >= 500) {
                    serverErrors.add(r.statusCode() + " " + c.description + " -> " + Ingest.abbreviate(r.body()));
                } else if (r.statusCode() >= 400 && !type.startsWith("application/problem+json")) {
                    notProblem.add(r.statusCode() + " [" + type + "] " + c.description);
                }
                return null;
            }));
        }
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();
        return new Result(count, new TreeMap<>(statuses), new ArrayList<>(serverErrors), new ArrayList<>(notProblem));
    }

    private record Case(HttpRequest request, String description) {
    }

    private Case mutate(Endpoint e) {
        String path = e.path;
        StringBuilder what = new StringBuilder(e.service + " " + e.method + " ");
        while (path.contains("{id}")) {
            path = path.replaceFirst("\\{id}", badId());
        }
        while (path.contains("{n}")) {
            path = path.replaceFirst("\\{n}", pick("0", "-1", "99999999999", "abc", "1e3", "", "%00"));
        }
        while (path.contains("{s}")) {
            path = path.replaceFirst("\\{s}", pick("BOGUS", "AWAITING_RESPONSE", "%27%20OR%201%3D1", "x".repeat(3000), ""));
        }
        what.append(Ingest.abbreviate(path));
        byte[] body = null;
        String contentType = "application/json";
        if (e.validBody != null || random.nextInt(5) == 0) {
            ObjectNode base = e.validBody == null ? interview : e.validBody;
            int kind = random.nextInt(12);
            switch (kind) {
                case 0 -> body = bytes("{\"truncated\": ");
                case 1 -> body = new byte[] { '{', '"', 'n', '"', ':', '"', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '"', '}' };
                case 2 -> body = bytes(nested(random.nextInt(2) == 0 ? 200 : 5000));
                case 3 -> {
                    body = bytes(base.toString());
                    contentType = pick("text/plain", "application/xml", "application/x-www-form-urlencoded", "");
                }
                case 4 -> body = new byte[0];
                case 5 -> body = bytes(pick("[]", "null", "42", "\"text\"", "true"));
                default -> body = bytes(mutateJson(base.deepCopy()).toString());
            }
            what.append(" body#").append(kind).append(' ').append(Ingest.abbreviate(new String(body, StandardCharsets.UTF_8)));
        }
        String token = token(what);
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(bases.get(e.service) + path.replace(" ", "%20")))
                .timeout(Duration.ofSeconds(30)).header("Accept", "application/json");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            if (!contentType.isEmpty()) {
                b.header("Content-Type", contentType);
            }
            b.method(e.method, HttpRequest.BodyPublishers.ofByteArray(body));
        } else {
            b.method(e.method, HttpRequest.BodyPublishers.noBody());
        }
        return new Case(b.build(), what.toString());
    }

    private String badId() {
        return pick(realId, UUID.randomUUID().toString(), "not-a-uuid", "0", "..%2F..%2Fetc%2Fpasswd", "%F0%9F%92%A5",
                "x".repeat(5000), UUID.randomUUID().toString().toUpperCase(), "%00");
    }

    /** Usually the right candidate's token (so validation is reached); sometimes a missing or refused one. */
    private String token(StringBuilder what) {
        int kind = random.nextInt(12);
        String t = switch (kind) {
            case 0 -> null;
            case 1 -> BadJwt.token(BadJwt.Kind.GARBAGE, candidate);
            case 2 -> BadJwt.token(BadJwt.Kind.EXPIRED, candidate);
            case 3 -> BadJwt.token(BadJwt.Kind.OTHER_ISSUER, candidate);
            case 4 -> BadJwt.token(BadJwt.Kind.TAMPERED, candidate);
            case 5 -> BadJwt.token(BadJwt.Kind.ALG_NONE, candidate);
            case 6 -> BadJwt.token(BadJwt.Kind.HS256_PUBLIC_KEY, candidate);
            default -> Http.token(kind == 7 ? "other-" + candidate : candidate);
        };
        what.append(" token#").append(kind);
        return t;
    }

    /** One to three mutations of a valid body, anywhere in its tree. */
    private JsonNode mutateJson(ObjectNode root) {
        for (int m = 0, n = 1 + random.nextInt(3); m < n; m++) {
            ObjectNode target = randomObject(root);
            List<String> names = new ArrayList<>();
            target.fieldNames().forEachRemaining(names::add);
            String field = names.isEmpty() ? "x" : names.get(random.nextInt(names.size()));
            switch (random.nextInt(9)) {
                case 0 -> target.remove(field);
                case 1 -> target.put(field, random.nextInt());
                case 2 -> target.put(field, random.nextBoolean());
                case 3 -> target.putNull(field);
                case 4 -> target.put(field, "x".repeat(random.nextBoolean() ? 501 : 200_000));
                case 5 -> {
                    ArrayNode huge = target.putArray(field);
                    for (int i = 0; i < 20_000; i++) {
                        huge.add("item " + i);
                    }
                }
                case 6 -> target.putObject(field).put("unexpected", "object");
                case 7 -> target.put("extra" + random.nextInt(100), "field");
                default -> target.put(field, pick("2030-13-45T99:99:99Z", "Mars/Olympus", "not-an-email", "-5", "\u0000\uFFFF", "ONE_AND_DONE"));
            }
        }
        return root;
    }

    private ObjectNode randomObject(ObjectNode root) {
        List<ObjectNode> objects = new ArrayList<>();
        collect(root, objects);
        return objects.get(random.nextInt(objects.size()));
    }

    private static void collect(JsonNode node, List<ObjectNode> into) {
        if (node instanceof ObjectNode o) {
            into.add(o);
        }
        for (Iterator<JsonNode> it = node.elements(); it.hasNext();) {
            collect(it.next(), into);
        }
    }

    private static String nested(int depth) {
        return "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
    }

    private String pick(String... values) {
        return values[random.nextInt(values.length)];
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
