package dev.tactful.notifier.limits;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.tactful.events.HoldReason;
import dev.tactful.support.claim.AdvisoryLock;
import dev.tactful.support.sql.UncachedPlan;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Holds a direct send that would take a candidate or a recipient over the sending limits (rule ids S1 and S2,
 * see the README's "No bulk mail" section). Only mail Tactful itself sends to the employer counts: a draft goes
 * to the candidate, who decides whether to send it from their own mailbox.
 *
 * <p>Runs inside the intake transaction. Two follow-ups of one candidate can arrive on different partitions at the
 * same moment, so counting alone would let both pass at 29; a transaction-scoped advisory lock per candidate and
 * per recipient address serialises exactly the intakes that share a limit, and is released by the commit that
 * makes the new row countable. Locks are always taken candidate first, then recipient, so two intakes cannot wait
 * on each other.
 */
@ApplicationScoped
public class SendLimits {

    public static final String CANDIDATE_RULE = "S1";
    public static final String RECIPIENT_RULE = "S2";
    public static final String CANDIDATE_LIMIT = "CANDIDATE_SEND_LIMIT";
    public static final String RECIPIENT_LIMIT = "RECIPIENT_SEND_LIMIT";

    // Two-key advisory locks: the first key names the limit, so a candidate and an address never share a lock.

    // HELD rows never left; every other state went out, is going out or may have (UNCERTAIN, FAILED after DATA).
    private static final String COUNT_CANDIDATE = """
            SELECT count(*) FROM delivery
             WHERE candidate_id = :key AND to_employer AND status <> 'HELD' AND created_at > :since""";

    private static final String COUNT_RECIPIENT = """
            SELECT count(*) FROM delivery
             WHERE lower(mail_to) = :key AND to_employer AND status <> 'HELD' AND created_at > :since""";

    @Inject
    SendLimitSettings settings;

    /** The limits this send would break, empty when it may go; counts rows committed before this transaction. */
    public Uni<List<HoldReason>> check(String candidateId, String recipientAddress, Instant now) {
        String address = recipientAddress.toLowerCase(Locale.ROOT);
        return lock(AdvisoryLock.SENDS_PER_CANDIDATE, candidateId)
                .chain(() -> lock(AdvisoryLock.SENDS_PER_RECIPIENT, address))
                .chain(() -> count(COUNT_CANDIDATE, candidateId, now.minus(settings.candidateWindow())))
                .chain(byCandidate -> count(COUNT_RECIPIENT, address, now.minus(settings.recipientWindow()))
                        .map(byRecipient -> reasons(byCandidate, byRecipient)));
    }

    List<HoldReason> reasons(long byCandidate, long byRecipient) {
        List<HoldReason> reasons = new ArrayList<>();
        if (byCandidate >= settings.candidateMessages()) {
            reasons.add(new HoldReason(CANDIDATE_RULE, CANDIDATE_LIMIT, "Tactful has already sent "
                    + settings.candidateMessages() + " messages to employers for you in the last "
                    + describe(settings.candidateWindow()) + ", its limit; send this one yourself from the draft"
                    + " or wait, so that Tactful is never used to send mail in bulk."));
        }
        if (byRecipient >= settings.recipientMessages()) {
            reasons.add(new HoldReason(RECIPIENT_RULE, RECIPIENT_LIMIT, "This person has already received "
                    + settings.recipientMessages() + " messages through Tactful in the last "
                    + describe(settings.recipientWindow()) + "; another one now would crowd their inbox, so it"
                    + " is not sent. Send it yourself later if it still matters."));
        }
        return reasons;
    }

    private static Uni<Void> lock(AdvisoryLock lock, String key) {
        return Panache.getSession().chain(session -> session
                .createNativeQuery(lock.query())
                .setParameter("key", key)
                .setParameter(UncachedPlan.PARAMETER, UncachedPlan.VALUE)
                .getSingleResult())
                .replaceWithVoid();
    }

    private static Uni<Long> count(String sql, String key, Instant since) {
        return Panache.getSession().chain(session -> session.createNativeQuery(sql + " AND " + UncachedPlan.CONDITION, Long.class)
                .setParameter("key", key)
                .setParameter(UncachedPlan.PARAMETER, UncachedPlan.VALUE)
                .setParameter("since", since)
                .getSingleResult());
    }

    static String describe(Duration window) {
        if (window.toDays() >= 1 && window.toHoursPart() == 0) {
            long days = window.toDays();
            return days == 1 ? "24 hours" : days + " days";
        }
        return window.toHours() + " hours";
    }
}
