package dev.tactful.planner.support;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import dev.tactful.events.Candidate;
import dev.tactful.events.Channel;
import dev.tactful.events.Company;
import dev.tactful.events.DeliveryMode;
import dev.tactful.events.InterviewFormat;
import dev.tactful.events.InterviewLogged;
import dev.tactful.events.InterviewOutcomeLogged;
import dev.tactful.events.Interviewer;
import dev.tactful.events.OutcomeType;
import dev.tactful.events.Policy;

/** Interviews and outcomes as the interview-service would publish them, around the test clock's Saturday. */
public final class Fixtures {

    public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    public static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private Fixtures() {
    }

    public static String candidateId() {
        return "cand-" + UUID.randomUUID();
    }

    /** Friday 10:00 Berlin, two interviewers (Avery is the primary contact), decision expected Thursday after. */
    public static InterviewLogged interview(UUID interviewId, String candidateId, int revision, Policy policy) {
        return new InterviewLogged(interviewId, candidateId, revision,
                new Candidate("Rowan Tester", "rowan@example.org", BERLIN),
                new Company("Northwind", BERLIN),
                "Platform Engineer",
                Instant.parse("2026-11-20T09:00:00Z"), Instant.parse("2026-11-20T10:00:00Z"),
                InterviewFormat.VIDEO,
                List.of(new Interviewer("iv-1", "Avery Stone", "Engineering Manager", "avery@northwind.example", null,
                                Channel.EMAIL, false, true, null),
                        new Interviewer("iv-2", "Sam Lee", "Staff Engineer", "sam@northwind.example", null,
                                Channel.EMAIL, false, false, TOKYO)),
                null,
                LocalDate.parse("2026-11-26"),
                List.of("moving billing to event streaming"),
                List.of("on-call experience with Kafka"),
                List.of(),
                null,
                policy,
                DeliveryMode.DRAFT_TO_CANDIDATE,
                Instant.parse("2026-11-21T11:00:00Z"));
    }

    public static InterviewOutcomeLogged outcome(UUID interviewId, String candidateId, OutcomeType type, Instant at) {
        return new InterviewOutcomeLogged(interviewId, candidateId, UUID.randomUUID(), type, at, null, null, at);
    }
}
