package dev.tactful.events;

/** Kafka topic names of the contract. Record key is always the interview id. */
public final class Topics {
    public static final String INTERVIEW_EVENTS = "interview-events";
    public static final String FOLLOWUPS_DUE = "followups-due";
    public static final String NOTIFICATION_EVENTS = "notification-events";
    /** What inbox-service learned from candidates' mailboxes: replies, out-of-office answers, bounces. */
    public static final String INBOX_EVENTS = "inbox-events";

    /** Poison records of a topic go to {@code <topic>-dlq}. */
    public static String dlq(String topic) {
        return topic + "-dlq";
    }

    private Topics() {
    }
}
