package dev.tactful.interview;

import static dev.tactful.interview.EventsTopic.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

import dev.tactful.events.EventType;
import dev.tactful.events.InterviewLogged;
import dev.tactful.events.InterviewOutcomeLogged;
import dev.tactful.events.OutcomeType;
import dev.tactful.events.cloudevents.TactfulEvents;
import dev.tactful.events.cloudevents.TactfulEvents.Envelope;

/** The outbox reaches Kafka: one CloudEvent per change, schema-valid, keyed and ordered by interview. */
@QuarkusTest
class InterviewEventsTest {

    @Test
    void loggingAnInterviewPublishesOneSchemaValidCloudEventThenTheOutcomeAfterIt() throws Exception {
        String candidate = Requests.newCandidate();
        ExtractableResponse<Response> created = Requests.as(candidate).body(Requests.validInterview().toString())
                .post("/api/v1/interviews").then().statusCode(201).extract();
        UUID id = UUID.fromString(created.path("id"));
        assertThat(created.header("Location")).endsWith("/api/v1/interviews/" + id);

        List<ConsumerRecord<String, byte[]>> logged = EventsTopic.publishedFor(id, 1);
        assertThat(logged).hasSize(1);
        ConsumerRecord<String, byte[]> event = logged.get(0);
        assertThat(event.key()).isEqualTo(id.toString());
        assertThat(header(event, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(event, "ce_type")).isEqualTo("tactful.interview.logged.v1");
        assertThat(header(event, "ce_source")).isEqualTo("/tactful/interview-service");
        assertThat(header(event, "ce_id")).isNotBlank();
        assertThat(header(event, "ce_subject")).isEqualTo(id.toString());
        assertSchemaValid(EventType.INTERVIEW_LOGGED, event.value());
        Envelope<Object> parsed = TactfulEvents.parse(event);
        InterviewLogged data = (InterviewLogged) parsed.data();
        assertThat(data.interviewId()).isEqualTo(id);
        assertThat(data.candidateId()).isEqualTo(candidate);
        assertThat(data.revision()).isEqualTo(1);
        assertThat(data.interviewers()).hasSize(2);
        assertThat(data.interviewers().get(0).id()).isEqualTo(created.path("interviewers[0].id"));
        assertThat(data.interviewers()).filteredOn(i -> i.primaryContact()).hasSize(1);
        assertThat(data.endsAt()).isEqualTo(data.interviewedAt().plusSeconds(3600));

        Requests.as(candidate).body("{\"type\":\"REPLY_RECEIVED\",\"note\":\"private words\"}")
                .post("/api/v1/interviews/" + id + "/outcomes").then().statusCode(201)
                .body("type", equalTo("REPLY_RECEIVED")).body("interviewStatus", equalTo("REPLIED"));
        Requests.as(candidate).get("/api/v1/interviews/" + id).then().statusCode(200)
                .body("status", equalTo("REPLIED")).body("outcomes.size()", equalTo(1));

        List<ConsumerRecord<String, byte[]>> both = EventsTopic.publishedFor(id, 2);
        assertThat(EventsTopic.types(both)).isEqualTo("tactful.interview.logged.v1,tactful.interview.outcome.v1");
        ConsumerRecord<String, byte[]> outcome = both.get(1);
        assertThat(outcome.key()).isEqualTo(id.toString());
        assertThat(outcome.partition()).isEqualTo(event.partition());
        assertThat(outcome.offset()).isGreaterThan(event.offset());
        assertThat(header(outcome, "ce_id")).isNotEqualTo(header(event, "ce_id"));
        assertSchemaValid(EventType.INTERVIEW_OUTCOME, outcome.value());
        InterviewOutcomeLogged o = (InterviewOutcomeLogged) TactfulEvents.parse(outcome).data();
        assertThat(o.interviewId()).isEqualTo(id);
        assertThat(o.type()).isEqualTo(OutcomeType.REPLY_RECEIVED);
    }

    @Test
    void patchingAnInterviewerRepublishesTheInterviewAsRevisionTwo() throws Exception {
        String candidate = Requests.newCandidate();
        ExtractableResponse<Response> created = Requests.as(candidate).body(Requests.validInterview().toString())
                .post("/api/v1/interviews").then().statusCode(201).extract();
        UUID id = UUID.fromString(created.path("id"));
        String sam = created.path("interviewers[1].id");

        Requests.as(candidate).body("{\"askedNotToFollowUp\": true, \"primaryContact\": true}")
                .patch("/api/v1/interviews/" + id + "/interviewers/" + sam).then().statusCode(200)
                .body("revision", equalTo(2))
                .body("interviewers[1].askedNotToFollowUp", equalTo(true))
                .body("interviewers[1].primaryContact", equalTo(true))
                .body("interviewers[0].primaryContact", equalTo(false));
        // The same patch again changes nothing, so it publishes nothing.
        Requests.as(candidate).body("{\"askedNotToFollowUp\": true}")
                .patch("/api/v1/interviews/" + id + "/interviewers/" + sam).then().statusCode(200)
                .body("revision", equalTo(2));

        List<ConsumerRecord<String, byte[]>> events = EventsTopic.publishedFor(id, 2);
        assertThat(EventsTopic.types(events)).isEqualTo("tactful.interview.logged.v1,tactful.interview.logged.v1");
        assertSchemaValid(EventType.INTERVIEW_LOGGED, events.get(1).value());
        InterviewLogged second = (InterviewLogged) TactfulEvents.parse(events.get(1)).data();
        assertThat(second.revision()).isEqualTo(2);
        assertThat(second.interviewers()).filteredOn(i -> i.id().equals(sam))
                .singleElement().satisfies(i -> {
                    assertThat(i.askedNotToFollowUp()).isTrue();
                    assertThat(i.primaryContact()).isTrue();
                });
        assertThat(second.interviewers()).filteredOn(i -> i.primaryContact()).hasSize(1);
        assertThat(events.get(1).offset()).isGreaterThan(events.get(0).offset());
    }

    static void assertSchemaValid(EventType type, byte[] data) throws Exception {
        JsonSchema schema;
        try (InputStream in = InterviewEventsTest.class.getClassLoader().getResourceAsStream(type.schemaResource())) {
            assertThat(in).as(type.schemaResource()).isNotNull();
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
        JsonNode json = Requests.JSON.readTree(new String(data, StandardCharsets.UTF_8));
        Set<ValidationMessage> errors = schema.validate(json);
        assertThat(errors).as("schema errors for " + json).isEmpty();
    }
}
