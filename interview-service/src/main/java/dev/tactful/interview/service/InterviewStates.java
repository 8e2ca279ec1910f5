package dev.tactful.interview.service;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.tactful.events.Agency;
import dev.tactful.events.Candidate;
import dev.tactful.events.Channel;
import dev.tactful.events.Company;
import dev.tactful.events.DeliveryMode;
import dev.tactful.events.FollowUpPromise;
import dev.tactful.events.InterviewLogged;
import dev.tactful.events.Interviewer;
import dev.tactful.events.Policy;
import dev.tactful.interview.service.LogInterview.InterviewerDetails;

/** Turns validated commands into interview states (the {@link InterviewLogged} that is stored and published). */
public final class InterviewStates {

    static final Duration DEFAULT_LENGTH = Duration.ofMinutes(60);

    private InterviewStates() {
    }

    /** Revision 1 of a new interview. Defaults: 60 minutes, first interviewer primary, EMAIL, STANDARD, drafts. */
    static InterviewLogged first(UUID id, String candidateId, LogInterview r, Instant now) {
        Instant start = r.interviewedAt().toInstant();
        Instant end = r.endsAt() != null ? r.endsAt().toInstant()
                : start.plus(r.durationMinutes() != null ? Duration.ofMinutes(r.durationMinutes()) : DEFAULT_LENGTH);
        boolean anyPrimary = r.interviewers().stream().anyMatch(i -> Boolean.TRUE.equals(i.primaryContact()));
        List<Interviewer> interviewers = new ArrayList<>();
        for (int n = 0; n < r.interviewers().size(); n++) {
            InterviewerDetails in = r.interviewers().get(n);
            boolean primary = anyPrimary ? Boolean.TRUE.equals(in.primaryContact()) : n == 0;
            interviewers.add(new Interviewer(UUID.randomUUID().toString(), in.name().strip(), trim(in.title()),
                    trim(in.email()), trim(in.linkedinUrl()),
                    in.preferredChannel() == null ? Channel.EMAIL : in.preferredChannel(),
                    Boolean.TRUE.equals(in.askedNotToFollowUp()), primary, zone(in.timeZone())));
        }
        Agency agency = r.agency() == null ? null
                : new Agency(r.agency().name().strip(), trim(r.agency().email()), Boolean.TRUE.equals(r.agency().requiresRouting()));
        FollowUpPromise promise = r.promise() == null ? null
                : new FollowUpPromise(r.promise().channel(), r.promise().by(), trim(r.promise().note()));
        return new InterviewLogged(id, candidateId, 1,
                new Candidate(r.candidate().name().strip(), r.candidate().email().strip(), ZoneId.of(r.candidate().timeZone())),
                new Company(r.company().name().strip(), zone(r.company().timeZone())),
                r.role().strip(), start, end, r.format(), interviewers, agency, r.decisionExpectedBy(),
                strip(r.topicsDiscussed()), strip(r.pointsToReinforce()), strip(r.concernsToAddress()), promise,
                r.policy() == null ? Policy.STANDARD : r.policy(),
                r.deliveryMode() == null ? DeliveryMode.DRAFT_TO_CANDIDATE : r.deliveryMode(), now);
    }

    /** EMAIL is the default channel, so an interviewer without a channel needs an address too. */
    public static boolean needsEmail(Channel preferred) {
        return preferred == null || preferred == Channel.EMAIL;
    }

    /**
     * The interviewer after a change; a field the change leaves null keeps its value. {@code linkOptOutAt} is the
     * time of the interviewer's own click on the opt-out link, null for the candidate's changes. The first click's
     * time stays while the wish stands, so the candidate's notice about it never moves; it goes when the candidate
     * clears the wish, and a wish the candidate sets by hand has none (they need no notice of their own choice).
     */
    static Interviewer patched(Interviewer i, InterviewerChange p, Instant linkOptOutAt) {
        boolean asked = p.askedNotToFollowUp() != null ? p.askedNotToFollowUp() : i.askedNotToFollowUp();
        Instant optedOutAt = !asked ? null : i.optedOutAt() != null ? i.optedOutAt() : linkOptOutAt;
        return new Interviewer(i.id(),
                p.name() != null ? p.name().strip() : i.name(),
                p.title() != null ? trim(p.title()) : i.title(),
                p.email() != null ? trim(p.email()) : i.email(),
                p.linkedinUrl() != null ? trim(p.linkedinUrl()) : i.linkedinUrl(),
                p.preferredChannel() != null ? p.preferredChannel() : i.preferredChannel(),
                asked,
                p.primaryContact() != null ? p.primaryContact() : i.primaryContact(),
                p.timeZone() != null ? ZoneId.of(p.timeZone()) : i.timeZone(),
                optedOutAt);
    }

    static Interviewer withPrimary(Interviewer i, boolean primary) {
        return new Interviewer(i.id(), i.name(), i.title(), i.email(), i.linkedinUrl(), i.preferredChannel(),
                i.askedNotToFollowUp(), primary, i.timeZone(), i.optedOutAt());
    }

    /** A copy of the state with other interviewers, the next revision number and a new time stamp. */
    static InterviewLogged nextRevision(InterviewLogged s, List<Interviewer> interviewers, Instant now) {
        return new InterviewLogged(s.interviewId(), s.candidateId(), s.revision() + 1, s.candidate(), s.company(),
                s.role(), s.interviewedAt(), s.endsAt(), s.format(), interviewers, s.agency(), s.decisionExpectedBy(),
                s.topicsDiscussed(), s.pointsToReinforce(), s.concernsToAddress(), s.promise(), s.policy(),
                s.deliveryMode(), now);
    }

    /**
     * The same revision with a new decision date, as an outcome reported it. The outcome event itself tells
     * consumers; the stored state follows so that the interview shows, and a later revision carries, the date.
     */
    static InterviewLogged withDecisionDate(InterviewLogged s, java.time.LocalDate date) {
        return new InterviewLogged(s.interviewId(), s.candidateId(), s.revision(), s.candidate(), s.company(),
                s.role(), s.interviewedAt(), s.endsAt(), s.format(), s.interviewers(), s.agency(), date,
                s.topicsDiscussed(), s.pointsToReinforce(), s.concernsToAddress(), s.promise(), s.policy(),
                s.deliveryMode(), s.loggedAt());
    }

    private static ZoneId zone(String id) {
        return id == null ? null : ZoneId.of(id);
    }

    private static String trim(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }

    private static List<String> strip(List<String> items) {
        return items == null ? List.of() : items.stream().map(String::strip).toList();
    }
}
