package dev.tactful.etiquette;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Turns an interview and its outcomes into a plan under rules R1-R18. A pure function: the same
 * interview, outcomes (in any order) and {@code now} always give the same plan, so re-planning after
 * an outcome is just calling it again with the longer history.
 *
 * <p>Nothing is due before the interview was logged ({@code loggedAt}, or {@code now} when absent). Because the
 * anchor is {@code loggedAt} rather than {@code now}, re-planning later with the same inputs yields the same plan, so
 * services can diff plans by {@link PlannedFollowUp#key()}. Due times are whole minutes. The engine never reads the
 * system clock or the JVM's default zone.
 */
public final class EtiquetteEngine {

    private final EngineSettings settings;

    public EtiquetteEngine(EngineSettings settings) {
        this.settings = settings;
    }

    public EngineSettings settings() {
        return settings;
    }

    /**
     * @param interview the latest revision of the interview
     * @param outcomes  every outcome logged so far, any order
     * @param now       the current instant; follow-ups are never due before the interview was logged
     */
    public Plan plan(Interview interview, List<Outcome> outcomes, Instant now) {
        return plan(interview, outcomes, now, List.of());
    }

    /**
     * As {@link #plan(Interview, List, Instant)}, with the messages the candidate's other interviews have planned
     * or sent ({@code elsewhere}): R7's week between two messages to one person on one channel then also holds
     * across interviews, the person being recognised by their email address (case-blind), since another interview
     * gives the same person another interviewer id. They only space this plan's messages, never cancel them.
     */
    public Plan plan(Interview interview, List<Outcome> outcomes, Instant now, List<Touch> elsewhere) {
        return plan(interview, outcomes, now, elsewhere, List.of());
    }

    /**
     * As {@link #plan(Interview, List, Instant, List)}, with what the candidate's mailbox said about people of this
     * interview ({@code inbox}, any order): an out-of-office with a return date moves their messages past it (R17),
     * a bounce cancels the messages to that address and asks the candidate for a corrected one (R18).
     */
    public Plan plan(Interview interview, List<Outcome> outcomes, Instant now, List<Touch> elsewhere,
            List<InboxFact> inbox) {
        Objects.requireNonNull(interview, "interview");
        List<InboxFact> facts = inbox == null ? List.of()
                : inbox.stream().filter(f -> f != null && f.type() != null && f.receivedAt() != null).toList();
        Objects.requireNonNull(now, "now");
        PlanContext ctx = new PlanContext(interview, outcomes, now, settings, elsewhere);
        PlanBuilder plan = new PlanBuilder();
        Contactability contacts = new Contactability(ctx);
        TouchLimits limits = new TouchLimits(ctx);

        PersonalDetailCheck.check(ctx, plan);                                        // R2
        contacts.recordOptOuts(plan);                                                // R3
        new ThankYouRule(ctx, contacts).plan(plan);                                  // R1, R4, R5, R12, R14
        List<PlannedFollowUp> checks = new StatusCheckRule(ctx, contacts, limits).plan(plan); // R6, R7, R13
        new LinkedInRule(ctx, contacts).plan(plan, checks);                          // R10
        new AwayUntilRule(ctx).apply(plan, facts);                                   // R17
        CandidateNudgeRule nudges = new CandidateNudgeRule(ctx);
        nudges.planKeepSearching(plan);                                              // R15
        nudges.planMoveOn(plan);                                                     // R15
        new StopOnResponse(ctx).apply(plan);                                         // R8
        new CloseRule(ctx, contacts, limits).plan(plan);                             // R9
        new BouncedAddressRule(ctx).apply(plan, facts);                              // R18
        new OptOutNoticeRule(ctx, contacts).plan(plan);                              // R3 (tell the candidate)
        limits.enforceCap(plan);                                                     // R7
        return plan.build();
    }
}
