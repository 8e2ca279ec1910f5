package dev.tactful.notifier;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import dev.tactful.events.Candidate;
import dev.tactful.events.Channel;
import dev.tactful.events.DeliveryMode;
import dev.tactful.events.FollowUpDue;
import dev.tactful.events.FollowUpKind;
import dev.tactful.events.InterviewDetails;
import dev.tactful.events.InterviewFormat;
import dev.tactful.events.Policy;
import dev.tactful.events.Recipient;

/** Representative follow-ups for tests. Fixed instants and zones: nothing depends on the machine. */
public final class Fixtures {

    public static final Instant INTERVIEWED_AT = Instant.parse("2026-11-19T01:00:00Z"); // 10:00 in Tokyo
    public static final Candidate ROWAN = new Candidate("Rowan Tester", "rowan@example.org", ZoneId.of("Europe/Berlin"));
    public static final Recipient AVERY = new Recipient("int-avery", "Avery Stone", "Engineering Manager",
            "avery@northwind.example", ZoneId.of("Asia/Tokyo"));
    public static final Recipient SAM = new Recipient("int-sam", "Sam Okafor", "Staff Engineer",
            "sam@northwind.example", ZoneId.of("Asia/Tokyo"));

    private Fixtures() {
    }

    public static InterviewDetails northwind(LocalDate decision) {
        return new InterviewDetails("Northwind", "Platform Engineer", INTERVIEWED_AT, InterviewFormat.VIDEO, decision,
                List.of("moving billing to event streaming"), List.of("on-call experience with Kafka"),
                List.of("limited Go experience"), null, null);
    }

    public static InterviewDetails bare() {
        return new InterviewDetails("Northwind", "Platform Engineer", INTERVIEWED_AT, InterviewFormat.VIDEO, null,
                List.of(), List.of(), List.of(), null, null);
    }

    public static FollowUpDue due(FollowUpKind kind, Channel channel, DeliveryMode mode, Recipient recipient,
            InterviewDetails interview) {
        return due(UUID.randomUUID(), UUID.randomUUID(), "cand-" + UUID.randomUUID(), kind, channel, mode, recipient, interview);
    }

    public static FollowUpDue due(UUID followUpId, UUID interviewId, String candidateId, FollowUpKind kind, Channel channel,
            DeliveryMode mode, Recipient recipient, InterviewDetails interview) {
        Recipient to = kind.employerFacing() ? recipient : new Recipient(null, ROWAN.name(), null, ROWAN.email(), ROWAN.timeZone());
        return new FollowUpDue(followUpId, interviewId, candidateId, kind, rule(kind), reason(kind), channel, to,
                Instant.parse("2026-11-19T08:00:00Z"), Policy.STANDARD, mode, ROWAN, interview);
    }

    static String rule(FollowUpKind kind) {
        return switch (kind) {
            case THANK_YOU -> "R1";
            case STATUS_CHECK -> "R6";
            case LINKEDIN_CONNECT -> "R10";
            case GRACIOUS_CLOSE -> "R9";
            case KEEP_SEARCHING, MOVE_ON -> "R15";
            case ADDRESS_BOUNCED -> "R18";
            case OPTED_OUT_NOTICE -> "R3";
        };
    }

    static String reason(FollowUpKind kind) {
        return switch (kind) {
            case THANK_YOU -> "Each interviewer gets a personal thank-you within 24 hours of the interview.";
            case STATUS_CHECK -> "The decision date has passed by three business days without news.";
            case LINKEDIN_CONNECT -> "A week has passed since the unanswered status check.";
            case GRACIOUS_CLOSE -> "A short thank-you one business day after the rejection.";
            case KEEP_SEARCHING -> "Keep the search going while the employer decides.";
            case MOVE_ON -> "The last touch has gone unanswered for 14 days.";
            case ADDRESS_BOUNCED -> "Mail to Avery Stone at avery@northwind.example came back undeliverable (status 5.1.1)"
                    + " on Thursday 19 November 09:00 Berlin time. Nothing more goes to that address, and this one note"
                    + " asks you for a corrected address.";
            case OPTED_OUT_NOTICE -> "Sam Lee used the link in a direct email on Friday 20 November 10:15 Berlin time to"
                    + " ask not to be followed up about this interview. The messages still planned to them were cancelled"
                    + " and nothing more goes to them; this note only lets you know.";
        };
    }
}
