package dev.tactful.events.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.tactful.events.EventType;

/** The schemas reject the typical kinds of drift and bad data, so a passing validation means something. */
class SchemaStrictnessTest {

    private static Schemas.Golden primary(EventType type) {
        return Schemas.goldens().stream().filter(g -> g.name().equals(type.type() + ".json")).findFirst().orElseThrow();
    }

    private static boolean valid(EventType type, Consumer<ObjectNode> change) {
        ObjectNode tree = (ObjectNode) primary(type).tree();
        change.accept(tree);
        return Schemas.validate(type, tree).isEmpty();
    }

    @Test
    void unchangedPrimaryGoldenIsValid() {
        assertThat(valid(EventType.INTERVIEW_LOGGED, t -> { })).isTrue();
    }

    @Test
    void removedFieldIsRejected() {
        assertThat(valid(EventType.INTERVIEW_LOGGED, t -> t.remove("loggedAt"))).isFalse();
        assertThat(valid(EventType.FOLLOWUP_DUE, t -> ((ObjectNode) t.get("recipient")).remove("timeZone"))).isFalse();
    }

    @Test
    void nullableFieldMustStillBePresent() {
        assertThat(valid(EventType.INTERVIEW_OUTCOME, t -> t.remove("note"))).isFalse();
    }

    @Test
    void renamedOrExtraFieldIsRejected() {
        assertThat(valid(EventType.INTERVIEW_OUTCOME, t -> t.set("outcome", t.remove("type")))).isFalse();
        assertThat(valid(EventType.NOTIFICATION_FAILED, t -> t.put("retryable", true))).isFalse();
        assertThat(valid(EventType.INTERVIEW_LOGGED,
                t -> ((ObjectNode) t.get("interviewers").get(0)).put("phone", "+81 3 0000 0000"))).isFalse();
    }

    @Test
    void nullIsRejectedWhereTheFieldIsMandatory() {
        assertThat(valid(EventType.FOLLOWUP_DUE, t -> t.putNull("dueAt"))).isFalse();
        assertThat(valid(EventType.INTERVIEW_LOGGED, t -> t.putNull("interviewers"))).isFalse();
        assertThat(valid(EventType.INTERVIEW_LOGGED, t -> t.putNull("policy"))).isFalse();
    }

    @Test
    void nullIsAcceptedWhereTheFieldIsOptional() {
        assertThat(valid(EventType.INTERVIEW_LOGGED, t -> t.putNull("promise"))).isTrue();
        assertThat(valid(EventType.INTERVIEW_LOGGED, t -> ((ObjectNode) t.get("interviewers").get(0)).putNull("preferredChannel"))).isTrue();
    }

    @Test
    void unknownEnumValueIsRejected() {
        assertThat(valid(EventType.FOLLOWUP_DUE, t -> t.put("kind", "BIRTHDAY_CARD"))).isFalse();
        assertThat(valid(EventType.FOLLOWUP_DUE, t -> t.put("channel", "email"))).isFalse();
    }

    @Test
    void malformedFormatsAreRejected() {
        assertThat(valid(EventType.INTERVIEW_LOGGED, t -> t.put("interviewId", "not-a-uuid"))).isFalse();
        assertThat(valid(EventType.INTERVIEW_LOGGED, t -> t.put("interviewedAt", "19/11/2026 10:00"))).isFalse();
        assertThat(valid(EventType.INTERVIEW_LOGGED, t -> t.put("decisionExpectedBy", "2026-11-26T00:00:00Z"))).isFalse();
        assertThat(valid(EventType.INTERVIEW_LOGGED, t -> ((ObjectNode) t.get("candidate")).put("timeZone", "+09:00"))).isFalse();
        assertThat(valid(EventType.INTERVIEW_LOGGED, t -> ((ObjectNode) t.get("candidate")).put("email", "rowan at example"))).isFalse();
        assertThat(valid(EventType.INTERVIEW_LOGGED, t -> t.put("revision", 0))).isFalse();
        assertThat(valid(EventType.INTERVIEW_LOGGED, t -> t.put("revision", "1"))).isFalse();
    }

    @Test
    void heldNeedsAtLeastOneReason() {
        assertThat(valid(EventType.NOTIFICATION_HELD, t -> ((ArrayNode) t.get("reasons")).removeAll())).isFalse();
    }

    @Test
    void schemaOfAnotherTypeRejectsTheGolden() {
        JsonNode logged = primary(EventType.INTERVIEW_LOGGED).tree();
        assertThat(Schemas.validate(EventType.FOLLOWUP_DUE, logged)).isNotEmpty();
    }
}
