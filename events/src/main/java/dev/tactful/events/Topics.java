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

    /**
     * How long a topic's open segment stays open before it rolls: 1 day. The broker deletes whole closed segments
     * whose newest record is older than {@link #RETENTION}, so with the default segment.ms (7 days) a record could
     * live 14 days; rolling daily bounds every copy at {@code RETENTION + SEGMENT_ROLL}, which the erasure's answer
     * promises as "last copy gone by".
     */
    public static final java.time.Duration SEGMENT_ROLL = java.time.Duration.ofDays(1);

    /** The topic-level config that applies {@link #RETENTION} and {@link #SEGMENT_ROLL}, for whoever creates the topics. */
    public static java.util.Map<String, String> retentionConfig() {
        return java.util.Map.of("retention.ms", Long.toString(RETENTION.toMillis()),
                "segment.ms", Long.toString(SEGMENT_ROLL.toMillis()));
    }

    /** Poison records of a topic go to {@code <topic>-dlq}. */
    public static String dlq(String topic) {
        return topic + "-dlq";
    }

    private Topics() {
    }
}
