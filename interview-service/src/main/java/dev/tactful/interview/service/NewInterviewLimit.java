package dev.tactful.interview.service;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.tactful.support.ProblemException;
import dev.tactful.interview.me.CandidateEraser;
import dev.tactful.support.claim.AdvisoryLock;
import dev.tactful.support.erasure.CandidateErasure;
import dev.tactful.support.sql.UncachedPlan;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * At most {@code tactful.limits.new-interviews} interviews per candidate within a rolling
 * {@code tactful.limits.new-interviews-window} (default 10 per hour, real time). Each interview plans mail to
 * several people, so this is the first brake on using Tactful to send in bulk; the notifier's S1/S2 limits are
 * the second. Over the limit the request gets 429 with {@code Retry-After}: when the oldest interview in the
 * window leaves it.
 *
 * <p>Counted in the creating transaction under a per-candidate advisory lock, so parallel requests cannot all
 * take the last slot; the database clock keeps the window on machine time. The candidate's erasure takes the same
 * lock, and the tombstone is checked under it, so no interview outlives an erasure it raced with.
 */
@ApplicationScoped
public class NewInterviewLimit {

    private static final String COUNT = """
            SELECT count(*) AS n,
                   coalesce(extract(epoch FROM min(created_at) + make_interval(secs => :window) - now()), 0) AS wait,
                   EXISTS (SELECT 1 FROM erased_candidate WHERE candidate_hash = :hash) AS erased
              FROM interview
             WHERE candidate_id = :candidate AND created_at > now() - make_interval(secs => :window)"""
            + " AND " + UncachedPlan.CONDITION;

    @ConfigProperty(name = "tactful.limits.new-interviews", defaultValue = "10")
    int limit;

    @ConfigProperty(name = "tactful.limits.new-interviews-window", defaultValue = "PT1H")
    Duration window;

    /** Completes when one more interview is allowed, else fails with the 429 problem. */
    public Uni<Void> check(String candidateId) {
        double seconds = window.toMillis() / 1000.0;
        return Panache.getSession().chain(session -> session
                .createNativeQuery(AdvisoryLock.NEW_INTERVIEWS.query())
                .setParameter("key", candidateId)
                .setParameter(UncachedPlan.PARAMETER, UncachedPlan.VALUE)
                .getSingleResult()
                .chain(() -> session.createNativeQuery(COUNT, Object[].class)
                        .setParameter("window", seconds)
                        .setParameter("candidate", candidateId)
                        .setParameter("hash", CandidateErasure.hash(candidateId))
                        .setParameter(UncachedPlan.PARAMETER, UncachedPlan.VALUE)
                        .getSingleResult()))
                .invoke(row -> {
                    // Checked again under the lock the erasure takes too: an erasure that committed while this request
                    // waited for it must not be outlived by the interview (InterviewService checked before the lock).
                    if (Boolean.TRUE.equals(row[2])) {
                        throw CandidateEraser.refusal();
                    }
                    long count = ((Number) row[0]).longValue();
                    if (count >= limit) {
                        Duration wait = Duration.ofMillis((long) (((Number) row[1]).doubleValue() * 1000));
                        throw ProblemException.tooManyRequests("You have logged " + count + " interviews in the last "
                                + describe(window) + ", the most Tactful accepts; try again after the time in Retry-After.",
                                wait);
                    }
                })
                .replaceWithVoid();
    }

    static String describe(Duration d) {
        return d.equals(Duration.ofHours(1)) ? "hour" : d.toMinutes() + " minutes";
    }
}
