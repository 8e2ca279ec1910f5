package dev.tactful.events;

/** Kafka topic names of the contract. Record key is always the interview id. */
public final class Topics {
    public static final String INTERVIEW_EVENTS = "interview-events";
    public static final String FOLLOWUPS_DUE = "followups-due";
    public static final String NOTIFICATION_EVENTS = "notification-events";
    /** What inbox-service learned from candidates' mailboxes: replies, out-of-office answers, bounces. */
    public static final String INBOX_EVENTS = "inbox-events";

    /**
     * How long every topic of the contract, and its DLQ, keeps a record: 7 days. The events carry personal data
     * (event-carried state: names, addresses, topics), so this is also how long an erased candidate's data can
     * outlive the erasure on the broker. Long enough to replay a DLQ or rebuild a consumer after a week's outage.
     */
    public static final java.time.Duration RETENTION = java.time.Duration.ofDays(7);

    /** The topic-level config that applies {@link #RETENTION}, for whoever creates the topics. */
    public static java.util.Map<String, String> retentionConfig() {
        return java.util.Map.of("retention.ms", Long.toString(RETENTION.toMillis()));
    }

    /** Poison records of a topic go to {@code <topic>-dlq}. */
    public static String dlq(String topic) {
        return topic + "-dlq";
    }

    private Topics() {
    }
}
