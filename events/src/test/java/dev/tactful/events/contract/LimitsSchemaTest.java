package dev.tactful.events.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.tactful.events.EventType;
import dev.tactful.events.Limits;

/**
 * The JSON Schemas and {@link Limits} state the same numbers, so neither can change without the other: every limit
 * below is read from the schema and compared with the constant, every maxLength/maxItems in a schema is one of the
 * listed ones, and every free text or list of the events that carry the candidate's input has a limit at all.
 */
class LimitsSchemaTest {

    /** Where a schema states a limit, and the constant it must equal. */
    record Bound(EventType type, String pointer, String keyword, int expected) {
        @Override
        public String toString() {
            return type.type() + " " + pointer + " " + keyword + " = " + expected;
        }
    }

    static final String LOGGED_TOPICS = "/properties/%s";
    static final String DUE_TOPICS = "/$defs/InterviewDetails/properties/%s";

    static List<Bound> bounds() {
        List<Bound> b = new ArrayList<>();
        EventType logged = EventType.INTERVIEW_LOGGED;
        EventType due = EventType.FOLLOWUP_DUE;
        for (EventType t : EventType.values()) {
            if (Schemas.document(t).path("properties").has("candidateId")) {
                b.add(len(t, "/properties/candidateId", Limits.CANDIDATE_ID));
            }
        }
        b.add(len(logged, "/properties/role", Limits.ROLE));
        b.add(new Bound(logged, "/properties/interviewers", "maxItems", Limits.INTERVIEWERS));
        for (String list : List.of("topicsDiscussed", "pointsToReinforce", "concernsToAddress")) {
            b.add(new Bound(logged, LOGGED_TOPICS.formatted(list), "maxItems", Limits.TOPICS));
            b.add(len(logged, LOGGED_TOPICS.formatted(list) + "/items", Limits.TOPIC));
            b.add(new Bound(due, DUE_TOPICS.formatted(list), "maxItems", Limits.TOPICS));
            b.add(len(due, DUE_TOPICS.formatted(list) + "/items", Limits.TOPIC));
        }
        for (EventType t : List.of(logged, due)) {
            b.add(len(t, "/$defs/Candidate/properties/name", Limits.NAME));
            b.add(len(t, "/$defs/Candidate/properties/email", Limits.EMAIL));
            b.add(len(t, "/$defs/Candidate/properties/timeZone", Limits.TIME_ZONE));
            b.add(len(t, "/$defs/FollowUpPromise/properties/note", Limits.PROMISE_NOTE));
        }
        b.add(len(logged, "/$defs/Company/properties/name", Limits.COMPANY));
        b.add(len(logged, "/$defs/Company/properties/timeZone", Limits.TIME_ZONE));
        b.add(len(logged, "/$defs/Agency/properties/name", Limits.NAME));
        b.add(len(logged, "/$defs/Agency/properties/email", Limits.EMAIL));
        b.add(len(logged, "/$defs/Interviewer/properties/id", Limits.INTERVIEWER_ID));
        b.add(len(logged, "/$defs/Interviewer/properties/name", Limits.NAME));
        b.add(len(logged, "/$defs/Interviewer/properties/title", Limits.TITLE));
        b.add(len(logged, "/$defs/Interviewer/properties/email", Limits.EMAIL));
        b.add(len(logged, "/$defs/Interviewer/properties/linkedinUrl", Limits.URL));
        b.add(len(logged, "/$defs/Interviewer/properties/timeZone", Limits.TIME_ZONE));
        b.add(len(EventType.INTERVIEW_OUTCOME, "/properties/note", Limits.OUTCOME_NOTE));
        b.add(len(due, "/$defs/Recipient/properties/interviewerId", Limits.INTERVIEWER_ID));
        b.add(len(due, "/$defs/Recipient/properties/name", Limits.NAME));
        b.add(len(due, "/$defs/Recipient/properties/title", Limits.TITLE));
        b.add(len(due, "/$defs/Recipient/properties/email", Limits.EMAIL));
        b.add(len(due, "/$defs/Recipient/properties/timeZone", Limits.TIME_ZONE));
        b.add(len(due, "/$defs/InterviewDetails/properties/companyName", Limits.COMPANY));
        b.add(len(due, "/$defs/InterviewDetails/properties/role", Limits.ROLE));
        return b;
    }

    private static Bound len(EventType type, String pointer, int expected) {
        return new Bound(type, pointer, "maxLength", expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bounds")
    void schemaStatesTheLimitOfTheConstant(Bound bound) {
        JsonNode node = Schemas.document(bound.type()).at(bound.pointer());
        assertThat(node.isMissingNode()).as("%s exists", bound.pointer()).isFalse();
        assertThat(node.path(bound.keyword()).isInt()).as("%s has %s", bound.pointer(), bound.keyword()).isTrue();
        assertThat(node.get(bound.keyword()).asInt()).as(bound.toString()).isEqualTo(bound.expected());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EventType.class)
    void everyLimitInASchemaIsOneOfTheListedOnes(EventType type) {
        Set<String> listed = new HashSet<>();
        bounds().stream().filter(b -> b.type() == type).forEach(b -> listed.add(b.pointer() + " " + b.keyword()));
        List<String> found = new ArrayList<>();
        walk(Schemas.document(type), "", (pointer, node) -> Stream.of("maxLength", "maxItems")
                .filter(node::has).forEach(k -> found.add(pointer + " " + k)));
        assertThat(found).as("limits in %s that Limits does not know", type.schemaResource())
                .allSatisfy(f -> assertThat(listed).contains(f));
    }

    /** Input the candidate typed travels in these three; each text and list in them needs a bound. */
    @ParameterizedTest(name = "{0}")
    @EnumSource(value = EventType.class, names = {"INTERVIEW_LOGGED", "INTERVIEW_OUTCOME", "FOLLOWUP_DUE"})
    void everyFreeTextAndListOfTheInputEventsIsBounded(EventType type) {
        List<String> unbounded = new ArrayList<>();
        walk(Schemas.document(type), "", (pointer, node) -> {
            if (!pointer.matches(".*/properties/[^/]+(/items)?$") || node.has("enum") || node.has("$ref")) {
                return;
            }
            String format = node.path("format").asText("");
            boolean text = admits(node, "string") && !Set.of("uuid", "date", "date-time").contains(format);
            if (text && !node.has("maxLength") && !engineText(pointer)) {
                unbounded.add(pointer);
            }
            if (admits(node, "array") && !node.has("maxItems")) {
                unbounded.add(pointer);
            }
        });
        assertThat(unbounded).as("texts and lists without a limit in %s", type.schemaResource()).isEmpty();
    }

    /** The rule id and reason of a follow-up are written by the planner, not typed by anyone. */
    private static boolean engineText(String pointer) {
        return pointer.equals("/properties/rule") || pointer.equals("/properties/reason");
    }

    @Test
    void aValueAtTheLimitValidatesAndOneCharacterMoreDoesNot() throws Exception {
        ObjectNode event = (ObjectNode) Schemas.goldens().stream()
                .filter(g -> g.name().equals("tactful.interview.logged.v1.json")).findFirst().orElseThrow().tree();
        ObjectNode interviewer = (ObjectNode) event.get("interviewers").get(0);
        interviewer.put("name", "n".repeat(Limits.NAME));
        String local = "a".repeat(64);
        String domain = "d".repeat(Limits.EMAIL - 64 - 1 - 4) + ".org";
        interviewer.put("email", local + "@" + domain);
        assertThat(interviewer.get("email").asText()).hasSize(Limits.EMAIL);
        ArrayNode topics = event.putArray("topicsDiscussed");
        for (int i = 0; i < Limits.TOPICS; i++) {
            topics.add("t".repeat(Limits.TOPIC));
        }
        assertThat(Schemas.validate(EventType.INTERVIEW_LOGGED, event)).isEmpty();

        interviewer.put("name", "n".repeat(Limits.NAME + 1));
        assertThat(Schemas.validate(EventType.INTERVIEW_LOGGED, event)).isNotEmpty();
        interviewer.put("name", "n".repeat(Limits.NAME));
        topics.add("one too many");
        assertThat(Schemas.validate(EventType.INTERVIEW_LOGGED, event)).isNotEmpty();
    }

    @Test
    void theDateHorizonIsTwoYearsAndTheAddressLimitFitsAnSmtpPath() {
        assertThat(Limits.latestDate(java.time.LocalDate.of(2026, 2, 28))).isEqualTo(java.time.LocalDate.of(2028, 2, 28));
        // RFC 5321 4.5.3.1.3: a path is at most 256 octets including "<" and ">".
        assertThat(Limits.EMAIL + 2).isEqualTo(256);
        assertThat(Limits.CANDIDATE_ID).as("OpenID Connect Core: sub is at most 255 ASCII characters").isEqualTo(255);
    }

    private static boolean admits(JsonNode node, String jsonType) {
        JsonNode type = node.get("type");
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (jsonType.equals(t.asText())) {
                    return true;
                }
            }
            return false;
        }
        return jsonType.equals(type.asText());
    }

    private interface Visitor {
        void visit(String pointer, JsonNode node);
    }

    private static void walk(JsonNode node, String pointer, Visitor visitor) {
        if (!node.isObject()) {
            return;
        }
        visitor.visit(pointer, node);
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            String child = pointer + "/" + f.getKey().replace("~", "~0").replace("/", "~1");
            if (f.getValue().isObject()) {
                walk(f.getValue(), child, visitor);
            } else if (f.getValue().isArray()) {
                for (int i = 0; i < f.getValue().size(); i++) {
                    walk(f.getValue().get(i), child + "/" + i, visitor);
                }
            }
        }
    }
}
