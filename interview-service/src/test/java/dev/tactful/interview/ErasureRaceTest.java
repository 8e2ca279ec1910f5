package dev.tactful.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import dev.tactful.infra.TactfulInfra;
import dev.tactful.support.claim.AdvisoryLock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * An interview logged at the moment its candidate is erased must not outlive the erasure. The test holds the
 * candidate's new-interview lock itself, so a POST stops inside its transaction (past interview-service's first
 * tombstone check) and a DELETE /api/v1/me queues behind it on the same lock; then it lets go. Whichever gets the
 * lock first, no interview of the candidate is left: created first, it is erased with the rest; second, it sees the
 * tombstone and is refused with 409. Without the erasure taking that lock, the DELETE would not queue at all.
 */
@QuarkusTest
class ErasureRaceTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void anInterviewRacingTheErasureIsErasedOrRefusedNeverKept() throws Exception {
        String candidate = Requests.newCandidate();
        try (Connection holder = connect()) {
            holder.setAutoCommit(false);
            try (PreparedStatement lock = holder.prepareStatement("SELECT pg_advisory_xact_lock(?, hashtext(?))")) {
                lock.setInt(1, AdvisoryLock.NEW_INTERVIEWS.space());
                lock.setString(2, candidate);
                lock.execute();
            }
            CompletableFuture<Response> post = CompletableFuture.supplyAsync(() -> Requests.as(candidate)
                    .body(Requests.validInterview().toString()).post("/api/v1/interviews"));
            await().atMost(WAIT).until(() -> waiters() == 1);
            CompletableFuture<Response> erase = CompletableFuture.supplyAsync(() -> Requests.as(candidate).delete("/api/v1/me"));
            await("the erasure queues on the candidate's lock").atMost(WAIT).until(() -> waiters() == 2);
            holder.rollback();

            assertThat(post.join().statusCode()).isIn(201, 409);
            assertThat(erase.join().statusCode()).isEqualTo(202);
        }
        assertThat(EventsTopic.count("SELECT count(*) FROM interview WHERE candidate_id = ?", candidate)).isZero();
        Requests.as(candidate).body(Requests.validInterview().toString()).post("/api/v1/interviews").then().statusCode(409);
    }

    /** Requests waiting for an advisory lock in the new-interview space. */
    private static int waiters() throws Exception {
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND classid::bigint = ?")) {
            ps.setLong(1, AdvisoryLock.NEW_INTERVIEWS.space());
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static Connection connect() throws Exception {
        return DriverManager.getConnection(TactfulInfra.get().jdbcUrl("interview"), TactfulInfra.POSTGRES_USER,
                TactfulInfra.POSTGRES_PASSWORD);
    }
}
