package dev.tactful.inbox.it;

import static io.restassured.RestAssured.given;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;

import dev.tactful.events.Candidate;
import dev.tactful.events.Channel;
import dev.tactful.events.Company;
import dev.tactful.events.DeliveryMode;
import dev.tactful.events.FollowUpDue;
import dev.tactful.events.FollowUpKind;
import dev.tactful.events.InterviewDetails;
import dev.tactful.events.InterviewFormat;
import dev.tactful.events.InterviewLogged;
import dev.tactful.events.Interviewer;
import dev.tactful.events.Policy;
import dev.tactful.events.Recipient;
import dev.tactful.events.Topics;
import dev.tactful.events.cloudevents.EventJson;
import dev.tactful.events.cloudevents.TactfulEvents;
import dev.tactful.infra.DevJwt;
import dev.tactful.infra.TopicRecords;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Interviews and follow-ups as the other services announce them, and the candidate's REST calls. */
final class Fixtures {

    static final Instant INTERVIEWED = Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);

    private Fixtures() {
    }

    static RequestSpecification as(String candidate) {
        return given().auth().oauth2(DevJwt.token(candidate)).contentType(ContentType.JSON);
    }

    static String connectBody(String user, String password) {
        return """
                {"host": "127.0.0.1", "port": %d, "username": "%s", "password": "%s", "tls": false}"""
                .formatted(CandidateMailboxes.port(), user, password);
    }

    /** interview-service announces an interview with one interviewer. */
    static UUID interview(String candidate, String candidateEmail, String interviewerEmail, DeliveryMode mode) {
        UUID id = UUID.randomUUID();
        InterviewLogged e = new InterviewLogged(id, candidate, 1,
                new Candidate("Rowan Tester", candidateEmail, ZoneId.of("Europe/Berlin")),
                new Company("Northwind", ZoneId.of("Asia/Tokyo")), "Platform Engineer", INTERVIEWED,
                INTERVIEWED.plusSeconds(3600), InterviewFormat.VIDEO,
                List.of(new Interviewer("ivr-1", "Avery Stone", "Engineering Manager", interviewerEmail, null, Channel.EMAIL,
                        false, true, null)),
                null, null, List.of("event streaming"), List.of(), List.of(), null, Policy.STANDARD, mode, INTERVIEWED.plusSeconds(7200));
        publish(Topics.INTERVIEW_EVENTS, "/tactful/interview-service", UUID.randomUUID().toString(), e, id);
        return id;
    }

    /** planner-service fires a thank-you to the interviewer. */
    static UUID thankYou(String candidate, UUID interview, String interviewerEmail) {
        UUID followUp = UUID.randomUUID();
        FollowUpDue due = new FollowUpDue(followUp, interview, candidate, FollowUpKind.THANK_YOU, "R1", "Thank within a day",
                Channel.EMAIL, new Recipient("ivr-1", "Avery Stone", "Engineering Manager", interviewerEmail, ZoneId.of("Asia/Tokyo")),
                INTERVIEWED.plusSeconds(86_000), Policy.STANDARD, DeliveryMode.SEND_DIRECT,
                new Candidate("Rowan Tester", "rowan@example.org", ZoneId.of("Europe/Berlin")),
                new InterviewDetails("Northwind", "Platform Engineer", INTERVIEWED, InterviewFormat.VIDEO, null, List.of(),
                        List.of(), List.of(), null, null));
        publish(Topics.FOLLOWUPS_DUE, "/tactful/planner-service", followUp.toString(), due, interview);
        return followUp;
    }

    static void publish(String topic, String source, String ceId, Record payload, UUID interview) {
        TopicRecords.send(new ProducerRecord<>(topic, null, interview.toString(), EventJson.toBytes(payload),
                TactfulEvents.headers(ceId, source, payload, Instant.now(), interview)));
    }

    static List<ConsumerRecord<String, byte[]>> inboxEvents(UUID interview) {
        return TopicRecords.readToEnd(Topics.INBOX_EVENTS).stream().filter(r -> interview.toString().equals(r.key())).toList();
    }

    static String rfcDate(Instant at) {
        return java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(at.atZone(ZoneId.of("UTC")));
    }
}
