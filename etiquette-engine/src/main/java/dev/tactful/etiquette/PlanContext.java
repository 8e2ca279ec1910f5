package dev.tactful.etiquette;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Everything one planning run reads, resolved once: outcomes in a canonical order, the effective decision date,
 * zones with their fallbacks, and the earliest moment anything may be due.
 */
final class PlanContext {

    /** Outcomes sorted by (at, id): the engine's answer must not depend on the order they arrived in. */
    static final Comparator<Outcome> OUTCOME_ORDER = Comparator
            .comparing(Outcome::at, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(o -> o.id() == null ? "" : o.id().toString());

    final Interview interview;
    final EngineSettings settings;
    final SendWindow window;
    final BusinessDays businessDays;
    final List<Outcome> outcomes;
    final Instant endsAt;
    final Instant earliest;
    /** Messages to people of this interview that belong to the candidate's other interviews (R7 spacing). */
    final List<Touch> elsewhere;

    PlanContext(Interview interview, List<Outcome> outcomes, Instant now, EngineSettings settings) {
        this(interview, outcomes, now, settings, List.of());
    }

    PlanContext(Interview interview, List<Outcome> outcomes, Instant now, EngineSettings settings, List<Touch> elsewhere) {
        this.elsewhere = elsewhere == null ? List.of() : List.copyOf(elsewhere);
        this.interview = interview;
        this.settings = settings;
        this.window = new SendWindow(settings);
        this.businessDays = new BusinessDays(settings);
        List<Outcome> sorted = new ArrayList<>();
        for (Outcome o : outcomes == null ? List.<Outcome>of() : outcomes) {
            if (o != null && o.at() != null) {
                sorted.add(o);
            }
        }
        sorted.sort(OUTCOME_ORDER);
        this.outcomes = List.copyOf(sorted);
        Instant start = interview.interviewedAt() != null ? interview.interviewedAt() : now;
        this.endsAt = interview.endsAt() != null ? interview.endsAt() : start;
        // Nothing is due before the interview became known. Anchoring on loggedAt (not on now) keeps a re-plan at a
        // later now identical for everything that did not change, so services can diff plans by key.
        this.earliest = interview.loggedAt() != null ? interview.loggedAt() : now;
    }

    Policy policy() {
        return interview.policy() == null ? Policy.STANDARD : interview.policy();
    }

    /** Never earlier than the end of the interview nor before it was logged. */
    Instant afterInterview() {
        return later(endsAt, earliest);
    }

    Instant notBeforeLogged(Instant t) {
        return later(t, earliest);
    }

    static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    Optional<Outcome> firstOutcome() {
        return outcomes.stream().findFirst();
    }

    Optional<Outcome> firstRejection() {
        return outcomes.stream().filter(o -> o.type() == OutcomeType.REJECTED).findFirst();
    }

    /** The decision date as the employer last stated it: a later outcome's new date replaces the original. */
    LocalDate decisionDate() {
        LocalDate date = interview.decisionExpectedBy();
        for (Outcome o : outcomes) {
            if (o.newDecisionExpectedBy() != null) {
                date = o.newDecisionExpectedBy();
            }
        }
        return date;
    }

    /** The date the employer gave at the interview itself (R12 judges the thank-you by what was known then). */
    LocalDate originalDecisionDate() {
        return interview.decisionExpectedBy();
    }

    ZoneId candidateZone() {
        Candidate c = interview.candidate();
        if (c != null && c.timeZone() != null) {
            return c.timeZone();
        }
        return companyZoneOr(ZoneOffset.UTC);
    }

    /** Company zone, else candidate zone, else UTC: where employer-side people without a zone of their own sit. */
    ZoneId employerZone() {
        if (interview.company() != null && interview.company().timeZone() != null) {
            return interview.company().timeZone();
        }
        Candidate c = interview.candidate();
        return c != null && c.timeZone() != null ? c.timeZone() : ZoneOffset.UTC;
    }

    private ZoneId companyZoneOr(ZoneId fallback) {
        return interview.company() != null && interview.company().timeZone() != null
                ? interview.company().timeZone() : fallback;
    }

    Recipient candidateRecipient() {
        Candidate c = interview.candidate();
        return new Recipient(null, c == null ? "Candidate" : c.name(), null, c == null ? null : c.email(), candidateZone());
    }

    String companyName() {
        return interview.company() != null && interview.company().name() != null
                ? interview.company().name() : "the employer";
    }
}
