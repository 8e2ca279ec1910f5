package dev.tactful.events;

import java.util.Arrays;
import java.util.Optional;

/** Every CloudEvents {@code type} of the contract, with its topic and payload record. */
public enum EventType {
    INTERVIEW_LOGGED("tactful.interview.logged.v1", Topics.INTERVIEW_EVENTS, InterviewLogged.class),
    INTERVIEW_OUTCOME("tactful.interview.outcome.v1", Topics.INTERVIEW_EVENTS, InterviewOutcomeLogged.class),
    FOLLOWUP_DUE("tactful.followup.due.v1", Topics.FOLLOWUPS_DUE, FollowUpDue.class),
    NOTIFICATION_DELIVERED("tactful.notification.delivered.v1", Topics.NOTIFICATION_EVENTS, NotificationDelivered.class),
    NOTIFICATION_HELD("tactful.notification.held.v1", Topics.NOTIFICATION_EVENTS, NotificationHeld.class),
    NOTIFICATION_FAILED("tactful.notification.failed.v1", Topics.NOTIFICATION_EVENTS, NotificationFailed.class),
    INBOX_REPLY("tactful.inbox.reply.v1", Topics.INBOX_EVENTS, ReplyDetected.class),
    INBOX_OUT_OF_OFFICE("tactful.inbox.out-of-office.v1", Topics.INBOX_EVENTS, OutOfOfficeDetected.class),
    INBOX_BOUNCE("tactful.inbox.bounce.v1", Topics.INBOX_EVENTS, BounceDetected.class),
    CANDIDATE_ERASED("tactful.candidate.erased.v1", Topics.INTERVIEW_EVENTS, CandidateErased.class);

    private final String type;
    private final String topic;
    private final Class<? extends Record> payload;

    EventType(String type, String topic, Class<? extends Record> payload) {
        this.type = type;
        this.topic = topic;
        this.payload = payload;
    }

    public String type() {
        return type;
    }

    public String topic() {
        return topic;
    }

    public Class<? extends Record> payload() {
        return payload;
    }

    /** Name of the JSON Schema resource shipped in this jar, e.g. {@code schemas/tactful.interview.logged.v1.json}. */
    public String schemaResource() {
        return "schemas/" + type + ".json";
    }

    public static Optional<EventType> ofType(String type) {
        return Arrays.stream(values()).filter(t -> t.type.equals(type)).findFirst();
    }

    public static EventType of(Class<?> payload) {
        return Arrays.stream(values()).filter(t -> t.payload.equals(payload)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Not a contract event: " + payload.getName()));
    }
}
