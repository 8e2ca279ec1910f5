package dev.tactful.planner.plan;

import java.util.List;

import dev.tactful.events.Agency;
import dev.tactful.events.Candidate;
import dev.tactful.events.Channel;
import dev.tactful.events.Company;
import dev.tactful.events.FollowUpKind;
import dev.tactful.events.FollowUpPromise;
import dev.tactful.events.InterviewLogged;
import dev.tactful.events.InterviewOutcomeLogged;
import dev.tactful.events.Interviewer;
import dev.tactful.events.OutcomeType;
import dev.tactful.events.Policy;
import dev.tactful.events.Recipient;

/**
 * Where the event contract meets the etiquette engine's own model: events in, engine types out, and the plan's
 * kinds, channels and recipients back into contract types for storage and for FollowUpDue. The engine has no
 * contract types so it can stay free of JSON and Kafka; this is the one place that knows both.
 *
 * <p>Enums are mapped with exhaustive switches rather than by name, so a constant added on one side only fails
 * to compile here instead of failing at run time. Engine types are written out in full because the two models
 * share their simple names.
 */
public final class EngineMapper {

    private EngineMapper() {
    }

    /** Everything of the interview the rules read; ids, revision, role, format and delivery mode they do not. */
    public static dev.tactful.etiquette.Interview toEngine(InterviewLogged e) {
        return new dev.tactful.etiquette.Interview(
                candidate(e.candidate()),
                company(e.company()),
                e.interviewedAt(),
                e.endsAt(),
                e.interviewers().stream().map(EngineMapper::interviewer).toList(),
                agency(e.agency()),
                e.decisionExpectedBy(),
                e.topicsDiscussed(),
                e.pointsToReinforce(),
                e.concernsToAddress(),
                promise(e.promise()),
                e.policy() == null ? null : toEngine(e.policy()),
                e.loggedAt());
    }

    public static List<dev.tactful.etiquette.Outcome> toEngine(List<InterviewOutcomeLogged> outcomes) {
        return outcomes.stream().map(EngineMapper::toEngine).toList();
    }

    public static dev.tactful.etiquette.Outcome toEngine(InterviewOutcomeLogged e) {
        return new dev.tactful.etiquette.Outcome(e.outcomeId(), toEngine(e.type()), e.at(), e.newDecisionExpectedBy());
    }

    public static dev.tactful.etiquette.Recipient toEngine(Recipient r) {
        return r == null ? null
                : new dev.tactful.etiquette.Recipient(r.interviewerId(), r.name(), r.title(), r.email(), r.timeZone());
    }

    public static Recipient fromEngine(dev.tactful.etiquette.Recipient r) {
        return r == null ? null : new Recipient(r.interviewerId(), r.name(), r.title(), r.email(), r.timeZone());
    }

    public static dev.tactful.etiquette.FollowUpKind toEngine(FollowUpKind kind) {
        return switch (kind) {
            case THANK_YOU -> dev.tactful.etiquette.FollowUpKind.THANK_YOU;
            case STATUS_CHECK -> dev.tactful.etiquette.FollowUpKind.STATUS_CHECK;
            case LINKEDIN_CONNECT -> dev.tactful.etiquette.FollowUpKind.LINKEDIN_CONNECT;
            case GRACIOUS_CLOSE -> dev.tactful.etiquette.FollowUpKind.GRACIOUS_CLOSE;
            case KEEP_SEARCHING -> dev.tactful.etiquette.FollowUpKind.KEEP_SEARCHING;
            case MOVE_ON -> dev.tactful.etiquette.FollowUpKind.MOVE_ON;
            case ADDRESS_BOUNCED -> dev.tactful.etiquette.FollowUpKind.ADDRESS_BOUNCED;
            case OPTED_OUT_NOTICE -> dev.tactful.etiquette.FollowUpKind.OPTED_OUT_NOTICE;
        };
    }

    public static FollowUpKind fromEngine(dev.tactful.etiquette.FollowUpKind kind) {
        return switch (kind) {
            case THANK_YOU -> FollowUpKind.THANK_YOU;
            case STATUS_CHECK -> FollowUpKind.STATUS_CHECK;
            case LINKEDIN_CONNECT -> FollowUpKind.LINKEDIN_CONNECT;
            case GRACIOUS_CLOSE -> FollowUpKind.GRACIOUS_CLOSE;
            case KEEP_SEARCHING -> FollowUpKind.KEEP_SEARCHING;
            case MOVE_ON -> FollowUpKind.MOVE_ON;
            case ADDRESS_BOUNCED -> FollowUpKind.ADDRESS_BOUNCED;
            case OPTED_OUT_NOTICE -> FollowUpKind.OPTED_OUT_NOTICE;
        };
    }

    public static dev.tactful.etiquette.Channel toEngine(Channel channel) {
        return switch (channel) {
            case EMAIL -> dev.tactful.etiquette.Channel.EMAIL;
            case HANDWRITTEN_NOTE -> dev.tactful.etiquette.Channel.HANDWRITTEN_NOTE;
            case PHONE -> dev.tactful.etiquette.Channel.PHONE;
            case LINKEDIN -> dev.tactful.etiquette.Channel.LINKEDIN;
        };
    }

    public static Channel fromEngine(dev.tactful.etiquette.Channel channel) {
        return switch (channel) {
            case EMAIL -> Channel.EMAIL;
            case HANDWRITTEN_NOTE -> Channel.HANDWRITTEN_NOTE;
            case PHONE -> Channel.PHONE;
            case LINKEDIN -> Channel.LINKEDIN;
        };
    }

    public static dev.tactful.etiquette.Policy toEngine(Policy policy) {
        return switch (policy) {
            case ONE_AND_DONE -> dev.tactful.etiquette.Policy.ONE_AND_DONE;
            case STANDARD -> dev.tactful.etiquette.Policy.STANDARD;
            case PERSISTENT -> dev.tactful.etiquette.Policy.PERSISTENT;
        };
    }

    public static dev.tactful.etiquette.OutcomeType toEngine(OutcomeType type) {
        return switch (type) {
            case REPLY_RECEIVED -> dev.tactful.etiquette.OutcomeType.REPLY_RECEIVED;
            case NEXT_ROUND_SCHEDULED -> dev.tactful.etiquette.OutcomeType.NEXT_ROUND_SCHEDULED;
            case OFFER -> dev.tactful.etiquette.OutcomeType.OFFER;
            case REJECTED -> dev.tactful.etiquette.OutcomeType.REJECTED;
            case WITHDRAWN -> dev.tactful.etiquette.OutcomeType.WITHDRAWN;
        };
    }

    private static dev.tactful.etiquette.Candidate candidate(Candidate c) {
        return c == null ? null : new dev.tactful.etiquette.Candidate(c.name(), c.email(), c.timeZone());
    }

    private static dev.tactful.etiquette.Company company(Company c) {
        return c == null ? null : new dev.tactful.etiquette.Company(c.name(), c.timeZone());
    }

    private static dev.tactful.etiquette.Interviewer interviewer(Interviewer i) {
        return new dev.tactful.etiquette.Interviewer(i.id(), i.name(), i.title(), i.email(), i.linkedinUrl(),
                i.preferredChannel() == null ? null : toEngine(i.preferredChannel()), i.askedNotToFollowUp(),
                i.primaryContact(), i.timeZone(), i.optedOutAt());
    }

    private static dev.tactful.etiquette.Agency agency(Agency a) {
        return a == null ? null : new dev.tactful.etiquette.Agency(a.name(), a.email(), a.requiresRouting());
    }

    /** The promise's note is for the candidate's message, not for timing, so the engine does not get it. */
    private static dev.tactful.etiquette.FollowUpPromise promise(FollowUpPromise p) {
        return p == null ? null
                : new dev.tactful.etiquette.FollowUpPromise(p.channel() == null ? null : toEngine(p.channel()), p.by());
    }
}
