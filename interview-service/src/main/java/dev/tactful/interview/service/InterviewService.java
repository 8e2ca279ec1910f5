package dev.tactful.interview.service;

import dev.tactful.interview.validation.ConsistentInterviewValidator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

import dev.tactful.events.InterviewLogged;
import dev.tactful.events.InterviewOutcomeLogged;
import dev.tactful.events.Interviewer;
import dev.tactful.events.OutcomeType;
import dev.tactful.events.ReplyDetected;
import dev.tactful.events.cloudevents.InvalidCloudEventException;
import dev.tactful.interview.repository.InterviewEntity;
import dev.tactful.interview.repository.InterviewStatus;
import dev.tactful.interview.repository.OutboxEntity;
import dev.tactful.interview.repository.OutcomeEntity;
import dev.tactful.support.ProblemException;
import dev.tactful.support.outbox.OutboxWritten;
import dev.tactful.support.time.BusinessTime;

/**
 * What a candidate can do with interviews. Each change is one transaction: its row(s), its outbox row and, for
 * a creating request with an Idempotency-Key, the stored answer commit together or not at all, so the event
 * exists exactly when the change does. Other candidates' interviews are reported as not found: their existence
 * is not the caller's business.
 */
@ApplicationScoped
public class InterviewService {

    private static final Logger LOG = Logger.getLogger(InterviewService.class);
    private static final Duration MAX_AHEAD = Duration.ofDays(1);

    @Inject
    @BusinessTime
    Clock clock;

    @Inject
    Idempotency idempotency;

    @Inject
    NewInterviewLimit newInterviewLimit;

    @Inject
    Event<OutboxWritten> outboxWritten;

    @Inject
    dev.tactful.interview.me.CandidateEraser eraser;

    /**
     * Logs an interview, at most once per Idempotency-Key. {@code answer} renders the result as the client sees it;
     * it runs inside the transaction, so a retry replays exactly that answer.
     */
    public Uni<Answer> log(String candidateId, IdempotencyKey key, LogInterview command,
            Function<InterviewWithOutcomes, Answer> answer) {
        // An erased account stores nothing new while its tombstone lives: the other services drop every event about
        // the candidate in that time, so an interview logged now would be kept here and planned nowhere.
        return eraser.erased(candidateId).chain(erased -> {
            if (erased) {
                return Uni.createFrom().failure(dev.tactful.interview.me.CandidateEraser.refusal());
            }
            return createOnce(candidateId, key, () -> newInterviewLimit.check(candidateId)
                    .chain(() -> logNew(candidateId, command)).map(answer));
        });
    }

    /** Logs what the employer answered, at most once per Idempotency-Key; {@code answer} as for {@link #log}. */
    public Uni<Answer> addOutcome(String candidateId, UUID id, IdempotencyKey key, LogOutcome command,
            Function<StoredOutcome, Answer> answer) {
        return createOnce(candidateId, key, () -> logOutcome(candidateId, id, command).map(answer));
    }

    /**
     * Changes one interviewer's details or preferences and republishes the whole interview as the next revision,
     * so consumers holding the highest revision see the change (e.g. R3 after "please don't contact me").
     * A change that changes nothing publishes nothing.
     */
    public Uni<InterviewWithOutcomes> patchInterviewer(String candidateId, UUID id, String interviewerId, InterviewerChange change) {
        return wakeRelayAfterCommit(Panache.withTransaction(() -> changeInterviewer(candidateId, id, interviewerId, change, false)))
                .onFailure(InterviewService::concurrentChange).transform(InterviewService::conflict);
    }

    /**
     * The interviewer of a signed opt-out link asked not to be followed up about this interview (R3): recorded
     * as the candidate's own PATCH would record it, plus the time of the click ({@code optedOutAt}), so the next
     * revision goes out through the outbox, the planner cancels what was pending for them and tells the candidate
     * once. A second click changes nothing and publishes nothing. An
     * interview or interviewer that does not exist (any more) is not found, whoever asks.
     */
    public Uni<OptOutRecorded> optOut(UUID id, String interviewerId) {
        return optOut(id, interviewerId, 3);
    }

    private Uni<OptOutRecorded> optOut(UUID id, String interviewerId, int triesLeft) {
        InterviewerChange askedNotToFollowUp = new InterviewerChange(null, null, null, null, null, true, null, null);
        return wakeRelayAfterCommit(Panache.withTransaction(() -> InterviewEntity.<InterviewEntity>findById(id).chain(e -> {
            Interviewer current = e == null ? null : interviewer(e.state(), interviewerId);
            if (current == null) {
                throw ProblemException.notFound("This link is not valid.");
            }
            InterviewLogged state = e.state();
            String candidateName = state.candidate() == null ? null : state.candidate().name();
            String company = state.company() == null ? null : state.company().name();
            if (current.askedNotToFollowUp()) {
                return Uni.createFrom().item(new OptOutRecorded(false, candidateName, company));
            }
            return changeInterviewer(e.candidateId, id, interviewerId, askedNotToFollowUp, true)
                    .invoke(() -> LOG.infof("Interviewer %s of interview %s opted out through the link in a direct email (R3)",
                            interviewerId, id))
                    .map(changed -> new OptOutRecorded(true, candidateName, company));
        })))
                // Two clicks (or a click and the candidate's own change) at the same moment: the loser tries again and
                // finds the winner's state; a mail provider's POST must not get a 409 it cannot act on.
                .onFailure(t -> triesLeft > 1 && concurrentChange(t)).recoverWithUni(() -> optOut(id, interviewerId, triesLeft - 1))
                .onFailure(InterviewService::concurrentChange).transform(InterviewService::conflict);
    }

    /** Whether the opt-out link's interview and interviewer exist; the page that asks for the click changes nothing. */
    @WithSession
    public Uni<OptOutRecorded> optOutTarget(UUID id, String interviewerId) {
        return InterviewEntity.<InterviewEntity>findById(id).map(e -> {
            Interviewer current = e == null ? null : interviewer(e.state(), interviewerId);
            if (current == null) {
                throw ProblemException.notFound("This link is not valid.");
            }
            InterviewLogged state = e.state();
            return new OptOutRecorded(!current.askedNotToFollowUp(),
                    state.candidate() == null ? null : state.candidate().name(),
                    state.company() == null ? null : state.company().name());
        });
    }

    private static Interviewer interviewer(InterviewLogged state, String interviewerId) {
        return state.interviewers().stream().filter(i -> i.id().equals(interviewerId)).findFirst().orElse(null);
    }

    /** What logging a reply found in the candidate's mailbox did. */
    public enum ReplyEffect {
        LOGGED,
        DUPLICATE,
        ALREADY_ANSWERED,
        UNKNOWN_INTERVIEW
    }

    /**
     * Logs a reply inbox-service found as the outcome REPLY_RECEIVED (source inbox, at the message's date), through
     * the same transaction and outbox as a candidate's own. Once per inbox event: the outcome id derives from the
     * event id, so a redelivery finds it. An interview that already has an answer is left alone (the candidate, or an
     * earlier message, told us first).
     */
    public Uni<ReplyEffect> replyDetected(ReplyDetected reply, String eventId) {
        UUID outcomeId = UUID.nameUUIDFromBytes(("inbox:" + eventId).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return wakeRelayAfterCommit(Panache.withTransaction(() -> OutcomeEntity.<OutcomeEntity>findById(outcomeId).chain(existing -> {
            if (existing != null) {
                return Uni.createFrom().item(ReplyEffect.DUPLICATE);
            }
            return InterviewEntity.<InterviewEntity>findById(reply.interviewId()).chain(e -> {
                if (e == null) {
                    LOG.infof("Reply for unknown interview %s (inbox event %s) ignored", reply.interviewId(), eventId);
                    return Uni.createFrom().item(ReplyEffect.UNKNOWN_INTERVIEW);
                }
                if (!e.candidateId.equals(reply.candidateId())) {
                    return Uni.createFrom().failure(new InvalidCloudEventException(
                            "Inbox event " + eventId + " names another candidate than interview " + e.id + " has"));
                }
                if (e.status != InterviewStatus.AWAITING_RESPONSE) {
                    return Uni.createFrom().item(ReplyEffect.ALREADY_ANSWERED);
                }
                Instant now = clock.instant();
                Instant at = reply.receivedAt();
                at = at.isBefore(e.interviewedAt) ? e.interviewedAt : at.isAfter(now) ? now : at;
                e.status = InterviewStatus.after(OutcomeType.REPLY_RECEIVED);
                e.updatedAt = now;
                OutcomeEntity o = new OutcomeEntity();
                o.id = outcomeId;
                o.interviewId = e.id;
                o.type = OutcomeType.REPLY_RECEIVED;
                o.at = at;
                o.loggedAt = now;
                o.source = OutcomeEntity.INBOX;
                var event = new InterviewOutcomeLogged(e.id, e.candidateId, o.id, o.type, o.at, null, null, now);
                return o.persist().chain(() -> OutboxEntity.of(e.id, event, now).persist())
                        .invoke(() -> LOG.infof("Outcome %s (REPLY_RECEIVED, from the inbox) logged for interview %s", o.id, e.id))
                        .replaceWith(ReplyEffect.LOGGED);
            });
        })));
    }

    @WithSession
    public Uni<InterviewWithOutcomes> get(String candidateId, UUID id) {
        return owned(candidateId, id).chain(e -> outcomes(e.id)
                .map(outcomes -> new InterviewWithOutcomes(StoredInterview.of(e), outcomes)));
    }

    @WithSession
    public Uni<StoredOutcome> getOutcome(String candidateId, UUID id, UUID outcomeId) {
        return owned(candidateId, id).chain(e -> OutcomeEntity.<OutcomeEntity>findById(outcomeId)).map(o -> {
            if (o == null || !o.interviewId.equals(id)) {
                throw ProblemException.notFound("No outcome " + outcomeId + " for interview " + id + ".");
            }
            return StoredOutcome.of(o);
        });
    }

    /** Own interviews, newest interview first (then newest logged), optionally by status and company (any case). */
    @WithSession
    public Uni<InterviewListing> list(String candidateId, Optional<InterviewStatus> status, Optional<String> company, int page, int size) {
        StringBuilder where = new StringBuilder("candidateId = :candidate");
        Parameters params = Parameters.with("candidate", candidateId);
        status.ifPresent(s -> {
            where.append(" and status = :status");
            params.and("status", s);
        });
        company.ifPresent(c -> {
            where.append(" and lower(companyName) = :company");
            params.and("company", c.strip().toLowerCase(Locale.ROOT));
        });
        var query = InterviewEntity.<InterviewEntity>find(where.toString(),
                Sort.descending("interviewedAt").and("loggedAt", Sort.Direction.Descending), params);
        return query.count().chain(total -> query.page(Page.of(page, size)).list()
                .map(items -> new InterviewListing(items.stream().map(StoredInterview::of).toList(), total)));
    }

    /** Runs a creating action in one transaction, at most once per Idempotency-Key, and wakes the relay after commit. */
    private Uni<Answer> createOnce(String candidateId, IdempotencyKey key, Supplier<Uni<Answer>> action) {
        Uni<Answer> work = key.present()
                ? Panache.withTransaction(() -> idempotency.once(candidateId, key, action))
                : Panache.withTransaction(action);
        return wakeRelayAfterCommit(work)
                .onFailure(Idempotency::isDuplicateKey).transform(e -> ProblemException.conflict(
                        "A request with this Idempotency-Key is still being processed; retry shortly."))
                .onFailure(InterviewService::concurrentChange).transform(InterviewService::conflict);
    }

    /**
     * Hibernate Reactive has no JTA transaction, so there is no {@code @Observes(during = AFTER_SUCCESS)}; but the
     * Uni of {@code Panache.withTransaction} completes only once the commit has, and fails on a rollback. Firing
     * in {@code invoke} on it is therefore "after a successful commit": the relay never looks before the rows
     * are visible.
     */
    private <T> Uni<T> wakeRelayAfterCommit(Uni<T> transaction) {
        return transaction.invoke(() -> outboxWritten.fire(new OutboxWritten(1)));
    }

    private Uni<InterviewWithOutcomes> logNew(String candidateId, LogInterview command) {
        Instant now = clock.instant();
        InterviewLogged state = InterviewStates.first(UUID.randomUUID(), candidateId, command, now);
        InterviewEntity e = new InterviewEntity();
        e.id = state.interviewId();
        e.candidateId = candidateId;
        e.status = InterviewStatus.AWAITING_RESPONSE;
        e.state(state);
        e.loggedAt = now;
        e.updatedAt = now;
        OutboxEntity event = OutboxEntity.of(e.id, state, now);
        // Ids only: names, addresses and notes stay out of the logs.
        return e.persist().chain(event::persist)
                .invoke(() -> LOG.infof("Interview %s logged by candidate %s (%d interviewers)", e.id, candidateId,
                        state.interviewers().size()))
                .map(x -> new InterviewWithOutcomes(StoredInterview.of(e, state), List.of()));
    }

    private Uni<StoredOutcome> logOutcome(String candidateId, UUID id, LogOutcome r) {
        Instant now = clock.instant();
        return owned(candidateId, id).chain(e -> {
            Instant at = r.at() == null ? now : r.at().toInstant();
            if (at.isAfter(now.plus(MAX_AHEAD))) {
                throw ProblemException.badRequest("at", "must not be more than one day in the future");
            }
            if (at.isBefore(e.interviewedAt)) {
                throw ProblemException.badRequest("at", "must not be before the interview");
            }
            InterviewLogged state = e.state();
            // The same bounds as the interview's own decision date, counted from the interview's day at the employer.
            LocalDate interviewDay = ConsistentInterviewValidator.interviewDay(state.interviewedAt(),
                    state.company() == null ? null : state.company().timeZone(),
                    state.candidate() == null ? null : state.candidate().timeZone());
            ConsistentInterviewValidator.dateProblem(interviewDay, r.newDecisionExpectedBy()).ifPresent(problem -> {
                throw ProblemException.badRequest("newDecisionExpectedBy", problem);
            });
            if (r.newDecisionExpectedBy() != null) {
                e.state(InterviewStates.withDecisionDate(state, r.newDecisionExpectedBy()));
            }
            e.status = InterviewStatus.after(r.type());
            e.updatedAt = now;
            OutcomeEntity o = new OutcomeEntity();
            o.id = UUID.randomUUID();
            o.interviewId = e.id;
            o.type = r.type();
            o.at = at;
            o.note = r.note() == null || r.note().isBlank() ? null : r.note().strip();
            o.newDecisionExpectedBy = r.newDecisionExpectedBy();
            o.loggedAt = now;
            var event = new InterviewOutcomeLogged(e.id, candidateId, o.id, o.type, o.at, o.note, o.newDecisionExpectedBy, now);
            return o.persist().chain(() -> OutboxEntity.of(e.id, event, now).persist())
                    .invoke(() -> LOG.infof("Outcome %s (%s) logged for interview %s", o.id, o.type, e.id))
                    .map(x -> StoredOutcome.of(o));
        });
    }

    /** {@code byLink}: the interviewer's own opt-out through the signed link, stamped with its time (optedOutAt). */
    private Uni<InterviewWithOutcomes> changeInterviewer(String candidateId, UUID id, String interviewerId, InterviewerChange p,
            boolean byLink) {
        Instant now = clock.instant();
        return owned(candidateId, id).chain(e -> {
            InterviewLogged state = e.state();
            Interviewer current = state.interviewers().stream().filter(i -> i.id().equals(interviewerId)).findFirst()
                    .orElseThrow(() -> ProblemException.notFound("No interviewer " + interviewerId + " in interview " + id + "."));
            if (current.primaryContact() && Boolean.FALSE.equals(p.primaryContact())) {
                throw ProblemException.badRequest("primaryContact",
                        "an interview needs a primary contact; make another interviewer primary instead");
            }
            Interviewer changed = InterviewStates.patched(current, p, byLink ? now : null);
            if (InterviewStates.needsEmail(changed.preferredChannel()) && changed.email() == null) {
                throw ProblemException.badRequest("email", "is needed when the preferred channel is EMAIL");
            }
            if (changed.email() != null && state.interviewers().stream().anyMatch(i -> !i.id().equals(interviewerId)
                    && i.email() != null && ConsistentInterviewValidator.normalizedAddress(i.email())
                            .equals(ConsistentInterviewValidator.normalizedAddress(changed.email())))) {
                throw ProblemException.badRequest("email", "is the address of another interviewer of this interview;"
                        + " list each person once");
            }
            List<Interviewer> interviewers = state.interviewers().stream().map(i -> {
                if (i.id().equals(interviewerId)) {
                    return changed;
                }
                return changed.primaryContact() && i.primaryContact() ? InterviewStates.withPrimary(i, false) : i;
            }).toList();
            if (interviewers.equals(state.interviewers())) {
                return outcomes(e.id).map(outcomes -> new InterviewWithOutcomes(StoredInterview.of(e, state), outcomes));
            }
            InterviewLogged next = InterviewStates.nextRevision(state, interviewers, now);
            e.state(next);
            e.updatedAt = now;
            return OutboxEntity.of(e.id, next, now).persist()
                    .invoke(() -> LOG.infof("Interviewer %s of interview %s changed; revision %d", interviewerId, e.id, next.revision()))
                    .chain(() -> outcomes(e.id))
                    .map(outcomes -> new InterviewWithOutcomes(StoredInterview.of(e, next), outcomes));
        });
    }

    private Uni<InterviewEntity> owned(String candidateId, UUID id) {
        return InterviewEntity.<InterviewEntity>findById(id).map(e -> {
            if (e == null || !e.candidateId.equals(candidateId)) {
                throw ProblemException.notFound("No interview " + id + ".");
            }
            return e;
        });
    }

    private Uni<List<StoredOutcome>> outcomes(UUID interviewId) {
        return OutcomeEntity.<OutcomeEntity>list("interviewId = ?1 order by loggedAt", interviewId)
                .map(list -> list.stream().map(StoredOutcome::of).toList());
    }

    /** Two changes of one interview at the same moment: the loser is told to retry, nothing half-done remains. */
    private static boolean concurrentChange(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof jakarta.persistence.OptimisticLockException || c instanceof org.hibernate.StaleStateException) {
                return true;
            }
        }
        return false;
    }

    private static Throwable conflict(Throwable t) {
        return ProblemException.conflict("The interview was changed at the same time; retry.");
    }
}
