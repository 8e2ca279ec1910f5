package dev.tactful.inbox.match;

import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.tactful.events.MatchedBy;
import dev.tactful.inbox.classify.MessageFacts;
import dev.tactful.inbox.classify.Verdict;

/**
 * Ties a classified message to one waiting interview of the candidate, in this order:
 * <ol>
 * <li>its thread: In-Reply-To or References name the Message-ID of a mail Tactful generated for a follow-up of that
 * interview (a direct send, or a draft the candidate forwarded);</li>
 * <li>its sender (for a bounce: the failed recipient) is an interviewer or the agency of that interview, and it was
 * written after the interview (scheduling mail from before does not count); with several such interviews, the most
 * recent one.</li>
 * </ol>
 * Nothing else matches: mail from the company's domain that is from no person of the interview (newsletters, job
 * alerts), the candidate's own mail, and automatic messages other than out-of-office answers.
 */
public final class Matcher {

    private Matcher() {
    }

    public static Optional<Match> match(MessageFacts m, Verdict v, CandidateContext ctx) {
        if (v.kind() == Verdict.Kind.AUTOMATIC) {
            return Optional.empty();
        }
        boolean bounce = v.kind() == Verdict.Kind.BOUNCE;
        if (!bounce && (m.from() == null || ctx.ownAddresses().contains(m.from()))) {
            return Optional.empty();
        }
        Optional<Match> byThread = byThread(m, ctx);
        if (byThread.isPresent()) {
            return byThread;
        }
        String person = bounce ? v.failedRecipient() : m.from();
        return byAddress(person, m, ctx, bounce ? MatchedBy.FAILED_RECIPIENT : MatchedBy.SENDER);
    }

    private static Optional<Match> byThread(MessageFacts m, CandidateContext ctx) {
        for (UUID followUp : FollowUpIds.in(m.threadIds())) {
            UUID interview = ctx.followUpInterviews().get(followUp);
            if (interview == null) {
                continue;
            }
            Optional<WaitingInterview> waiting = ctx.waiting().stream().filter(w -> w.interviewId().equals(interview)).findFirst();
            if (waiting.isPresent()) {
                return Optional.of(new Match(interview, MatchedBy.THREAD, followUp,
                        "It is in the thread of a message Tactful generated for this interview (follow-up " + followUp + ")."));
            }
        }
        return Optional.empty();
    }

    private static Optional<Match> byAddress(String address, MessageFacts m, CandidateContext ctx, MatchedBy how) {
        if (address == null) {
            return Optional.empty();
        }
        return ctx.waiting().stream()
                .filter(w -> w.contacts().containsKey(address))
                .filter(w -> how == MatchedBy.FAILED_RECIPIENT || m.date() == null || m.date().isAfter(w.interviewedAt()))
                .max(Comparator.comparing(WaitingInterview::interviewedAt))
                .map(w -> new Match(w.interviewId(), how, null, evidence(how, w.contacts(), address)));
    }

    private static String evidence(MatchedBy how, Map<String, String> contacts, String address) {
        String who = contacts.get(address);
        return how == MatchedBy.FAILED_RECIPIENT
                ? "The mail server reported that mail to " + who + " could not be delivered."
                : "It comes from the address of " + who + ".";
    }
}
