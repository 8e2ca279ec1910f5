package dev.tactful.interview.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

import dev.tactful.events.InterviewLogged;
import dev.tactful.events.InterviewOutcomeLogged;
import dev.tactful.events.Interviewer;
import dev.tactful.interview.api.InterviewPage;
import dev.tactful.interview.api.InterviewSummary;
import dev.tactful.interview.api.InterviewView;
import dev.tactful.interview.api.InterviewerPatch;
import dev.tactful.interview.api.LogInterviewRequest;
import dev.tactful.interview.api.OutcomeRequest;
import dev.tactful.interview.api.OutcomeView;
import dev.tactful.interview.outbox.OutboxEntity;
import dev.tactful.interview.validation.ConsistentInterviewValidator;
import dev.tactful.support.Problem.FieldError;
import dev.tactful.support.time.BusinessTime;
import dev.tactful.support.ProblemException;

/**
 * What a candidate can do with interviews. Every change writes its row(s) and an outbox row through the same
 * session, so callers run these inside one transaction and the event exists exactly when the change does.
 * Other candidates' interviews are reported as not found: their existence is not the caller's business.
 */
@ApplicationScoped
public class InterviewService {

    private static final Logger LOG = Logger.getLogger(InterviewService.class);
    private static final Duration MAX_AHEAD = Duration.ofDays(1);

    @Inject
    @BusinessTime
    Clock clock;

    public Uni<InterviewView> log(String candidateId, LogInterviewRequest request) {
        Instant now = clock.instant();
        InterviewLogged state = InterviewStates.first(UUID.randomUUID(), candidateId, request, now);
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
                .map(x -> InterviewView.of(state, e.status, e.updatedAt, List.of()));
    }

    public Uni<InterviewEntity> owned(String candidateId, UUID id) {
        return InterviewEntity.<InterviewEntity>findById(id).map(e -> {
            if (e == null || !e.candidateId.equals(candidateId)) {
                throw ProblemException.notFound("No interview " + id + ".");
            }
            return e;
        });
    }

    public Uni<InterviewView> get(String candidateId, UUID id) {
        return owned(candidateId, id).chain(e -> outcomes(e.id)
                .map(outcomes -> InterviewView.of(e.state(), e.status, e.updatedAt, outcomes)));
    }

    public Uni<OutcomeView> getOutcome(String candidateId, UUID id, UUID outcomeId) {
        return owned(candidateId, id).chain(e -> OutcomeEntity.<OutcomeEntity>findById(outcomeId)).map(o -> {
            if (o == null || !o.interviewId.equals(id)) {
                throw ProblemException.notFound("No outcome " + outcomeId + " for interview " + id + ".");
            }
            return OutcomeView.of(o);
        });
    }

    /** Own interviews, newest interview first (then newest logged), optionally by status and company (any case). */
    public Uni<InterviewPage> list(String candidateId, Optional<InterviewStatus> status, Optional<String> company, int page, int size) {
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
                .map(items -> new InterviewPage(items.stream().map(InterviewSummary::of).toList(), page, size, total)));
    }

    public Uni<OutcomeView> addOutcome(String candidateId, UUID id, OutcomeRequest r) {
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
                    .map(x -> OutcomeView.of(o));
        });
    }

    /**
     * Changes one interviewer's preferences and republishes the whole interview as the next revision, so
     * consumers holding the highest revision see the change (e.g. R3 after "please don't contact me").
     * A patch that changes nothing publishes nothing.
     */
    public Uni<InterviewView> patchInterviewer(String candidateId, UUID id, String interviewerId, InterviewerPatch p) {
        Instant now = clock.instant();
        return owned(candidateId, id).chain(e -> {
            InterviewLogged state = e.state();
            Interviewer current = state.interviewers().stream().filter(i -> i.id().equals(interviewerId)).findFirst()
                    .orElseThrow(() -> ProblemException.notFound("No interviewer " + interviewerId + " in interview " + id + "."));
            if (current.primaryContact() && Boolean.FALSE.equals(p.primaryContact())) {
                throw ProblemException.badRequest("primaryContact",
                        "an interview needs a primary contact; make another interviewer primary instead");
            }
            Interviewer changed = InterviewStates.patched(current, p);
            List<FieldError> errors = new ArrayList<>();
            if (ConsistentInterviewValidator.needsEmail(changed.preferredChannel()) && changed.email() == null) {
                errors.add(new FieldError("email", "is needed when the preferred channel is EMAIL"));
            }
            if (!errors.isEmpty()) {
                throw ProblemException.badRequest(errors);
            }
            List<Interviewer> interviewers = state.interviewers().stream().map(i -> {
                if (i.id().equals(interviewerId)) {
                    return changed;
                }
                return changed.primaryContact() && i.primaryContact() ? InterviewStates.withPrimary(i, false) : i;
            }).toList();
            if (interviewers.equals(state.interviewers())) {
                return outcomes(e.id).map(outcomes -> InterviewView.of(state, e.status, e.updatedAt, outcomes));
            }
            InterviewLogged next = InterviewStates.nextRevision(state, interviewers, now);
            e.state(next);
            e.updatedAt = now;
            return OutboxEntity.of(e.id, next, now).persist()
                    .invoke(() -> LOG.infof("Interviewer %s of interview %s changed; revision %d", interviewerId, e.id, next.revision()))
                    .chain(() -> outcomes(e.id))
                    .map(outcomes -> InterviewView.of(next, e.status, now, outcomes));
        });
    }

    private Uni<List<OutcomeView>> outcomes(UUID interviewId) {
        return OutcomeEntity.<OutcomeEntity>list("interviewId = ?1 order by loggedAt", interviewId)
                .map(list -> list.stream().map(OutcomeView::of).toList());
    }
}
