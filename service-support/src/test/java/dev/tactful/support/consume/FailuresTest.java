package dev.tactful.support.consume;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;

import dev.tactful.events.cloudevents.InvalidCloudEventException;
import io.vertx.pgclient.PgException;

class FailuresTest {

    private static PgException pg(String sqlState) {
        return new PgException("ERROR", "ERROR", sqlState, "detail");
    }

    @Test
    void onlyTheRecordsOwnFaultsAreDeadLettered() {
        assertThat(Failures.permanent(new UnprocessableRecordException(DeadLetterReason.UNEXPECTED_SOURCE, "x")))
                .contains(DeadLetterReason.UNEXPECTED_SOURCE);
        assertThat(Failures.permanent(new CompletionException(new InvalidCloudEventException("candidate changed"))))
                .contains(DeadLetterReason.INVALID);
        assertThat(Failures.permanent(pg("22001"))).as("value too long").contains(DeadLetterReason.REJECTED);
        assertThat(Failures.permanent(new RuntimeException("wrapped", pg("23514")))).as("check violation")
                .contains(DeadLetterReason.REJECTED);
        assertThat(Failures.permanent(new RuntimeException("as Hibernate Reactive wraps it",
                new java.sql.SQLException("violates check constraint", "23514")))).contains(DeadLetterReason.REJECTED);
    }

    @Test
    void everythingElseIsRetriedInPlace() {
        assertThat(Failures.permanent(new ConnectException("Connection refused"))).isEmpty();
        assertThat(Failures.permanent(new TimeoutException())).isEmpty();
        assertThat(Failures.permanent(pg("57P01"))).as("admin shutdown").isEmpty();
        assertThat(Failures.permanent(pg("08006"))).as("connection failure").isEmpty();
        assertThat(Failures.permanent(pg("40001"))).as("serialization failure").isEmpty();
        assertThat(Failures.permanent(pg("23505"))).as("unique violation: a racing duplicate").isEmpty();
        assertThat(Failures.permanent(new java.sql.SQLException("connection lost", "08006"))).isEmpty();
        assertThat(Failures.permanent(new NullPointerException())).as("a bug waits for its fix").isEmpty();
    }

    @Test
    void descriptionsAreOneBoundedLine() {
        String d = Failures.describe(new CompletionException(new IllegalStateException("a\nb".repeat(400))));
        assertThat(d).startsWith("IllegalStateException: a b").doesNotContain("\n").hasSizeLessThanOrEqualTo(500);
    }
}
