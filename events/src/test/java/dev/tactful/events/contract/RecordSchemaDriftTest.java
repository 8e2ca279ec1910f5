package dev.tactful.events.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.ValidationMessage;

import dev.tactful.events.EventType;
import dev.tactful.events.SampleEvents;
import dev.tactful.events.cloudevents.EventJson;

/** What the records really serialise to must satisfy the schemas (the drift check from the Java side). */
class RecordSchemaDriftTest {

    static List<Record> samples() {
        return SampleEvents.all();
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("samples")
    void serialisedRecordValidatesAgainstItsSchema(Record event) throws Exception {
        EventType type = EventType.of(event.getClass());
        JsonNode json = Schemas.JSON.readTree(EventJson.toBytes(event));
        Set<ValidationMessage> errors = Schemas.validate(type, json);
        assertThat(errors).as(EventJson.toJson(event)).isEmpty();
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("samples")
    void serialisedRecordReadsBackEqual(Record event) {
        Object back = EventJson.fromBytes(EventJson.toBytes(event), event.getClass());
        assertThat(back).isEqualTo(event);
    }

    @Test
    void samplesCoverEveryEventType() {
        assertThat(samples().stream().map(e -> EventType.of(e.getClass())).distinct())
                .containsExactlyInAnyOrder(EventType.values());
    }

    @Test
    void nullListsAreWrittenAsEmptyArraysWhichTheSchemaAccepts() throws Exception {
        JsonNode json = Schemas.JSON.readTree(EventJson.toBytes(SampleEvents.interviewLoggedSparse()));
        assertThat(json.get("interviewers").isArray()).isTrue();
        assertThat(json.get("interviewers")).isEmpty();
        assertThat(json.get("agency").isNull()).isTrue();
        assertThat(Schemas.validate(EventType.INTERVIEW_LOGGED, json)).isEmpty();
    }

    @Test
    void javaTypesUseTheWireFormatsTheSchemasDeclare() throws Exception {
        JsonNode json = Schemas.JSON.readTree(EventJson.toBytes(SampleEvents.interviewLogged()));
        assertThat(json.get("interviewedAt").asText()).isEqualTo("2026-05-04T07:30:00Z");
        assertThat(json.get("decisionExpectedBy").asText()).isEqualTo("2026-05-15");
        assertThat(json.get("candidate").get("timeZone").asText()).isEqualTo("Australia/Sydney");
        assertThat(json.get("interviewId").asText()).isEqualTo(SampleEvents.INTERVIEW_ID.toString());
        assertThat(json.get("policy").asText()).isEqualTo("PERSISTENT");
        assertThat(json.get("revision").isInt()).isTrue();
    }
}
