package dev.tactful.events;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * Events built in Java, fully populated and with every optional left null, so tests can check what the
 * records actually serialise to (rather than what a hand-written JSON file says).
 */
public final class SampleEvents {

    public static final UUID INTERVIEW_ID = UUID.fromString("2c7e4d1a-9b3f-4e6a-8d21-5f0c3b7a9e14");
    public static final UUID FOLLOW_UP_ID = UUID.fromString("8a1f3c5e-7d9b-4b2a-9c4e-6f8a0b2c4d6e");
    static final Instant INTERVIEWED_AT = Instant.parse("2026-05-04T07:30:00Z");
    static final Candidate CANDIDATE = new Candidate("Jordan Ellis", "jordan@example.com", ZoneId.of("Australia/Sydney"));

    private SampleEvents() {
    }

    /** Every event type, each in a full and a sparse variant. */
    public static List<Record> all() {
        return List.of(
                interviewLogged(), interviewLoggedSparse(),
                outcome(), outcomeSparse(),
                followUpDue(), followUpDueSparse(),
                delivered(), deliveredSparse(),
                held(), failed(),
                reply(), replySparse(), outOfOffice(), outOfOfficeSparse(), bounce(), bounceSparse(), erased());
    }

    public static InterviewLogged interviewLogged() {
        return new InterviewLogged(INTERVIEW_ID, "cand-42", 2, CANDIDATE,
                new Company("Tailspin Toys", ZoneId.of("Europe/London")), "Backend Developer",
                INTERVIEWED_AT, INTERVIEWED_AT.plusSeconds(5400), InterviewFormat.ONSITE,
                List.of(new Interviewer("ivr-1", "Priya Nair", "Head of Engineering", "priya@tailspin.example",
                                "https://www.linkedin.com/in/priya-nair-example", Channel.EMAIL, false, true, ZoneId.of("Asia/Kolkata")),
                        new Interviewer("ivr-2", "Tom Hale", null, null, null, null, true, false, null,
                                INTERVIEWED_AT.plusSeconds(86_400))),
                new Agency("Northstar Recruiting", "ana@northstar.example", false),
                LocalDate.of(2026, 5, 15), List.of("payments retry design"), List.of("led a Postgres upgrade"),
                List.of("no Go experience yet"), new FollowUpPromise(Channel.PHONE, LocalDate.of(2026, 5, 8), "Call Priya on Friday"),
                Policy.PERSISTENT, DeliveryMode.SEND_DIRECT, INTERVIEWED_AT.plusSeconds(7200));
    }

    public static InterviewLogged interviewLoggedSparse() {
        return new InterviewLogged(INTERVIEW_ID, "cand-42", 1, CANDIDATE,
                new Company("Tailspin Toys", ZoneId.of("Europe/London")), "Backend Developer",
                INTERVIEWED_AT, INTERVIEWED_AT.plusSeconds(1800), InterviewFormat.PHONE,
                null, null, null, null, null, null, null, Policy.ONE_AND_DONE, DeliveryMode.DRAFT_TO_CANDIDATE,
                INTERVIEWED_AT.plusSeconds(3600));
    }

    public static InterviewOutcomeLogged outcome() {
        return new InterviewOutcomeLogged(INTERVIEW_ID, "cand-42", UUID.fromString("d4e5f6a7-b8c9-4d0e-9f1a-2b3c4d5e6f70"),
                OutcomeType.REJECTED, INTERVIEWED_AT.plusSeconds(86_400 * 9), "Went with an internal candidate",
                LocalDate.of(2026, 5, 20), INTERVIEWED_AT.plusSeconds(86_400 * 9 + 60));
    }

    public static InterviewOutcomeLogged outcomeSparse() {
        return new InterviewOutcomeLogged(INTERVIEW_ID, "cand-42", UUID.fromString("e5f6a7b8-c9d0-4e1f-8a2b-3c4d5e6f7081"),
                OutcomeType.OFFER, INTERVIEWED_AT.plusSeconds(86_400 * 3), null, null, INTERVIEWED_AT.plusSeconds(86_400 * 3));
    }

    public static FollowUpDue followUpDue() {
        return new FollowUpDue(FOLLOW_UP_ID, INTERVIEW_ID, "cand-42", FollowUpKind.STATUS_CHECK, "R6",
                "Three business days after the decision date they gave", Channel.EMAIL,
                new Recipient("ivr-1", "Priya Nair", "Head of Engineering", "priya@tailspin.example", ZoneId.of("Asia/Kolkata")),
                Instant.parse("2026-05-20T03:30:00Z"), Policy.PERSISTENT, DeliveryMode.SEND_DIRECT, CANDIDATE,
                new InterviewDetails("Tailspin Toys", "Backend Developer", INTERVIEWED_AT, InterviewFormat.ONSITE,
                        LocalDate.of(2026, 5, 15), List.of("payments retry design"), List.of(), List.of("no Go experience yet"),
                        new FollowUpPromise(Channel.EMAIL, LocalDate.of(2026, 5, 8), null), OutcomeType.REPLY_RECEIVED));
    }

    public static FollowUpDue followUpDueSparse() {
        return new FollowUpDue(FOLLOW_UP_ID, INTERVIEW_ID, "cand-42", FollowUpKind.KEEP_SEARCHING, "R15",
                "Keep other applications moving while you wait", Channel.EMAIL,
                new Recipient(null, "Jordan Ellis", null, null, ZoneId.of("Australia/Sydney")),
                INTERVIEWED_AT.plusSeconds(3600), Policy.STANDARD, DeliveryMode.DRAFT_TO_CANDIDATE, CANDIDATE,
                new InterviewDetails("Tailspin Toys", "Backend Developer", INTERVIEWED_AT, InterviewFormat.VIDEO,
                        null, null, null, null, null, null));
    }

    public static NotificationDelivered delivered() {
        return new NotificationDelivered(UUID.fromString("f6a7b8c9-d0e1-4f2a-9b3c-4d5e6f708192"), FOLLOW_UP_ID, INTERVIEW_ID,
                "cand-42", FollowUpKind.STATUS_CHECK, Channel.EMAIL, DeliveryMode.SEND_DIRECT, "priya@tailspin.example",
                "<" + FOLLOW_UP_ID + "@tactful.dev>", 2, Instant.parse("2026-05-20T03:30:04.125Z"));
    }

    public static NotificationDelivered deliveredSparse() {
        return new NotificationDelivered(UUID.fromString("a7b8c9d0-e1f2-4a3b-8c4d-5e6f708192a3"), FOLLOW_UP_ID, INTERVIEW_ID,
                "cand-42", FollowUpKind.LINKEDIN_CONNECT, Channel.LINKEDIN, DeliveryMode.DRAFT_TO_CANDIDATE, null, null, 1,
                Instant.parse("2026-05-27T03:30:00Z"));
    }

    public static NotificationHeld held() {
        return new NotificationHeld(UUID.fromString("b8c9d0e1-f2a3-4b4c-9d5e-6f708192a3b4"), FOLLOW_UP_ID, INTERVIEW_ID,
                "cand-42", FollowUpKind.THANK_YOU, Channel.LINKEDIN,
                List.of(new HoldReason("R16", "LINKEDIN_NOTE_TOO_LONG", "Shorten the note to 300 characters or fewer.")),
                Instant.parse("2026-05-05T00:00:00Z"));
    }

    public static NotificationFailed failed() {
        return new NotificationFailed(UUID.fromString("c9d0e1f2-a3b4-4c5d-8e6f-708192a3b4c5"), FOLLOW_UP_ID, INTERVIEW_ID,
                "cand-42", FollowUpKind.GRACIOUS_CLOSE, Channel.EMAIL, 4, "webhook answered 503 four times",
                Instant.parse("2026-05-21T01:00:00Z"));
    }

    static final Instant READ_AT = Instant.parse("2026-05-12T02:10:00Z");

    public static ReplyDetected reply() {
        return new ReplyDetected(INTERVIEW_ID, "cand-42", "<reply-1@tailspin.example>", READ_AT.minusSeconds(300),
                "priya@tailspin.example", MatchedBy.THREAD, FOLLOW_UP_ID, "It answers the thank-you Tactful sent.", READ_AT);
    }

    public static ReplyDetected replySparse() {
        return new ReplyDetected(INTERVIEW_ID, "cand-42", null, READ_AT, "priya@tailspin.example", MatchedBy.SENDER,
                null, null, READ_AT);
    }

    public static OutOfOfficeDetected outOfOffice() {
        return new OutOfOfficeDetected(INTERVIEW_ID, "cand-42", "<ooo-1@tailspin.example>", READ_AT,
                "priya@tailspin.example", MatchedBy.SENDER, null, LocalDate.of(2026, 5, 18), "Away, back on 18 May.", READ_AT);
    }

    public static OutOfOfficeDetected outOfOfficeSparse() {
        return new OutOfOfficeDetected(INTERVIEW_ID, "cand-42", null, READ_AT, "priya@tailspin.example",
                MatchedBy.THREAD, FOLLOW_UP_ID, null, null, READ_AT);
    }

    public static BounceDetected bounce() {
        return new BounceDetected(INTERVIEW_ID, "cand-42", "<dsn-1@mx.example>", READ_AT, "priya@tailspin.example",
                MatchedBy.FAILED_RECIPIENT, null, "5.1.1", "The address does not exist.", READ_AT);
    }

    public static BounceDetected bounceSparse() {
        return new BounceDetected(INTERVIEW_ID, "cand-42", null, READ_AT, "priya@tailspin.example",
                MatchedBy.THREAD, FOLLOW_UP_ID, null, null, READ_AT);
    }

    public static CandidateErased erased() {
        return new CandidateErased(UUID.fromString("5b2d8e71-0c4f-4a9e-b3d6-7e1f2a3b4c5d"), "cand-42",
                Instant.parse("2026-05-22T08:00:00Z"));
    }
}
