package dev.tactful.systemtest;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Request bodies in the contract's shape, and small readers for the plan the planner returns. */
final class Interviews {

    /** The company's (and so the interviewers') zone in every scenario: business hours are checked there. */
    static final ZoneId COMPANY_ZONE = ZoneId.of("Asia/Tokyo");
    static final ZoneId CANDIDATE_ZONE = ZoneId.of("Europe/Berlin");

    record Interviewer(String name, String title, String email, boolean askedNotToFollowUp, boolean primary) {
    }

    private Interviews() {
    }

    /** A unique address per scenario run, so each scenario reads only its own mail. */
    static String address(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    static ObjectNode interview(String candidateEmail, Instant interviewedAt, List<Interviewer> interviewers,
            LocalDate decisionExpectedBy, String policy, String deliveryMode) {
        ObjectNode body = Api.JSON.createObjectNode();
        body.putObject("candidate").put("name", "Rowan Tester").put("email", candidateEmail)
                .put("timeZone", CANDIDATE_ZONE.getId());
        body.putObject("company").put("name", "Northwind").put("timeZone", COMPANY_ZONE.getId());
        body.put("role", "Platform Engineer");
        body.put("interviewedAt", interviewedAt.toString());
        body.put("durationMinutes", 60);
        body.put("format", "VIDEO");
        ArrayNode list = body.putArray("interviewers");
        for (Interviewer i : interviewers) {
            ObjectNode node = list.addObject().put("name", i.name()).put("title", i.title()).put("email", i.email());
            node.putNull("linkedinUrl");
            node.put("preferredChannel", "EMAIL").put("askedNotToFollowUp", i.askedNotToFollowUp())
                    .put("primaryContact", i.primary());
        }
        body.putNull("agency");
        if (decisionExpectedBy == null) {
            body.putNull("decisionExpectedBy");
        } else {
            body.put("decisionExpectedBy", decisionExpectedBy.toString());
        }
        body.putArray("topicsDiscussed").add("moving billing to event streaming");
        body.putArray("pointsToReinforce").add("on-call experience with Kafka");
        body.putArray("concernsToAddress");
        body.putNull("promise");
        body.put("policy", policy);
        body.put("deliveryMode", deliveryMode);
        return body;
    }

    static List<JsonNode> followUps(JsonNode plan) {
        return StreamSupport.stream(plan.path("followUps").spliterator(), false).toList();
    }

    static List<JsonNode> followUps(JsonNode plan, String kind) {
        return followUps(plan).stream().filter(f -> kind.equals(f.path("kind").asText())).toList();
    }

    static List<JsonNode> suppressions(JsonNode plan) {
        return StreamSupport.stream(plan.path("suppressions").spliterator(), false).toList();
    }

    static String recipientEmail(JsonNode followUpOrSuppression) {
        JsonNode r = followUpOrSuppression.path("recipient");
        return r.isTextual() ? r.asText() : r.path("email").asText();
    }

    static String recipientName(JsonNode followUpOrSuppression) {
        JsonNode r = followUpOrSuppression.path("recipient");
        return r.isTextual() ? r.asText() : r.path("name").asText();
    }

    static Instant dueAt(JsonNode followUp) {
        return Instant.parse(followUp.path("dueAt").asText());
    }

    /** Mon-Fri 09:00-17:00 in the zone: the default business hours of rule R11. */
    static boolean inBusinessHours(Instant instant, ZoneId zone) {
        ZonedDateTime local = instant.atZone(zone);
        LocalTime t = local.toLocalTime();
        return isBusinessDay(local.toLocalDate()) && !t.isBefore(LocalTime.of(9, 0)) && !t.isAfter(LocalTime.of(17, 0));
    }

    static boolean isBusinessDay(LocalDate date) {
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** Business days after {@code from} up to and including {@code to}. */
    static int businessDaysBetween(LocalDate from, LocalDate to) {
        int n = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isBusinessDay(d)) {
                n++;
            }
        }
        return n;
    }

    /** The first business day after the date. */
    static LocalDate nextBusinessDay(LocalDate date) {
        LocalDate d = date.plusDays(1);
        while (!isBusinessDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    static List<String> ids(List<JsonNode> followUps) {
        List<String> ids = new ArrayList<>();
        followUps.forEach(f -> ids.add(f.path("id").asText()));
        return ids;
    }
}
