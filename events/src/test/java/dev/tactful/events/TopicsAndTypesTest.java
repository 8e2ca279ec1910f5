package dev.tactful.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TopicsAndTypesTest {

    @Test
    void deadLetterTopicAppendsDlq() {
        assertThat(Topics.dlq(Topics.INTERVIEW_EVENTS)).isEqualTo("interview-events-dlq");
        assertThat(Topics.dlq(Topics.FOLLOWUPS_DUE)).isEqualTo("followups-due-dlq");
        assertThat(Topics.dlq(Topics.NOTIFICATION_EVENTS)).isEqualTo("notification-events-dlq");
        assertThat(Topics.dlq(Topics.INBOX_EVENTS)).isEqualTo("inbox-events-dlq");
    }

    @Test
    void typesSitOnTheTopicsOfTheContract() {
        assertThat(EventType.INTERVIEW_LOGGED.topic()).isEqualTo("interview-events");
        assertThat(EventType.INTERVIEW_OUTCOME.topic()).isEqualTo("interview-events");
        assertThat(EventType.FOLLOWUP_DUE.topic()).isEqualTo("followups-due");
        assertThat(EventType.NOTIFICATION_DELIVERED.topic()).isEqualTo("notification-events");
        assertThat(EventType.NOTIFICATION_HELD.topic()).isEqualTo("notification-events");
        assertThat(EventType.NOTIFICATION_FAILED.topic()).isEqualTo("notification-events");
        assertThat(EventType.INBOX_REPLY.topic()).isEqualTo("inbox-events");
        assertThat(EventType.INBOX_OUT_OF_OFFICE.topic()).isEqualTo("inbox-events");
        assertThat(EventType.INBOX_BOUNCE.topic()).isEqualTo("inbox-events");
        assertThat(EventType.CANDIDATE_ERASED.topic()).isEqualTo("interview-events");
    }

    @Test
    void typeLookupWorksBothWays() {
        for (EventType type : EventType.values()) {
            assertThat(EventType.ofType(type.type())).contains(type);
            assertThat(EventType.of(type.payload())).isEqualTo(type);
            assertThat(type.schemaResource()).isEqualTo("schemas/" + type.type() + ".json");
        }
        assertThat(EventType.ofType("tactful.interview.logged.v2")).isEmpty();
        assertThatThrownBy(() -> EventType.of(Candidate.class)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyCandidateFacingKindsAreNotEmployerFacing() {
        assertThat(FollowUpKind.KEEP_SEARCHING.employerFacing()).isFalse();
        assertThat(FollowUpKind.MOVE_ON.employerFacing()).isFalse();
        assertThat(FollowUpKind.ADDRESS_BOUNCED.employerFacing()).isFalse();
        assertThat(FollowUpKind.OPTED_OUT_NOTICE.employerFacing()).isFalse();
        assertThat(FollowUpKind.THANK_YOU.employerFacing()).isTrue();
        assertThat(FollowUpKind.GRACIOUS_CLOSE.employerFacing()).isTrue();
    }
}
