package dev.tactful.etiquette;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Who may be contacted and how: R3 (asked not to be followed up), R4 (professional channels only), and the choice of
 * the primary contact that status checks go to (R7).
 */
final class Contactability {

    private final PlanContext ctx;
    private final List<Contact> everyone = new ArrayList<>();

    Contactability(PlanContext ctx) {
        this.ctx = ctx;
        List<Interviewer> interviewers = ctx.interview.interviewers();
        for (int i = 0; i < interviewers.size(); i++) {
            Interviewer iv = interviewers.get(i);
            String id = iv.id() != null && !iv.id().isBlank() ? iv.id() : "interviewer-" + (i + 1);
            everyone.add(new Contact(iv, id, iv.timeZone() != null ? iv.timeZone() : ctx.employerZone()));
        }
    }

    List<Contact> everyone() {
        return everyone;
    }

    /** R3: records one suppression per interviewer who asked not to be followed up. */
    void recordOptOuts(PlanBuilder plan) {
        for (Contact c : everyone) {
            if (c.optedOut()) {
                plan.suppress(c.recipient(), "R3", c.name() + " asked not to be followed up, so they get no "
                        + "thank-you, check-in or any other message about this interview.");
            }
        }
    }

    /** Interviewers who did not opt out, in the order the interview lists them. */
    List<Contact> reachable() {
        return everyone.stream().filter(c -> !c.optedOut()).toList();
    }

    /**
     * The primary contact: the first interviewer marked primary, or the only interviewer when there is just one.
     * Opted-out people are still returned, so callers can explain why nothing goes to them.
     */
    Optional<Contact> primary() {
        Optional<Contact> marked = everyone.stream().filter(c -> c.interviewer().primaryContact()).findFirst();
        if (marked.isPresent() || everyone.size() != 1) {
            return marked;
        }
        return Optional.of(everyone.get(0));
    }

    /** Stand-in recipient for suppressions about a primary contact nobody was marked as. */
    Recipient unnamedPrimary() {
        return new Recipient(null, "primary contact", null, null, ctx.employerZone());
    }

    /**
     * R4 for the thank-you: the interviewer's preferred channel when it is a professional one; a LinkedIn preference
     * falls back to email, because LinkedIn is only for connection requests.
     */
    static ChannelChoice thankYouChannel(Contact c) {
        Channel preferred = c.interviewer().preferredChannel();
        if (preferred == Channel.HANDWRITTEN_NOTE || preferred == Channel.PHONE) {
            return ChannelChoice.of(preferred);
        }
        if (preferred == Channel.LINKEDIN) {
            return c.hasEmail()
                    ? new ChannelChoice(Channel.EMAIL, c.name() + " prefers LinkedIn, but job messages stay off "
                            + "social media (R4), so this goes to their work email.")
                    : ChannelChoice.none(c.name() + " prefers LinkedIn, which is only for connection requests (R4), "
                            + "and no work email is on record.");
        }
        return c.hasEmail() ? ChannelChoice.of(Channel.EMAIL)
                : ChannelChoice.none("There is no work email on record for " + c.name()
                        + " and no other professional channel they prefer (R4).");
    }

    /**
     * R4 for status checks: a phone preference is honoured; otherwise the work email; a handwritten-note preference
     * without an email still allows a mailed note.
     */
    static ChannelChoice checkChannel(Contact c) {
        Channel preferred = c.interviewer().preferredChannel();
        if (preferred == Channel.PHONE) {
            return ChannelChoice.of(Channel.PHONE);
        }
        if (c.hasEmail()) {
            return ChannelChoice.of(Channel.EMAIL);
        }
        if (preferred == Channel.HANDWRITTEN_NOTE) {
            return ChannelChoice.of(Channel.HANDWRITTEN_NOTE);
        }
        return ChannelChoice.none("There is no work email on record for " + c.name()
                + " and no other professional channel they prefer (R4).");
    }

    /** A professional channel other than {@code first} for the PERSISTENT second check (R7). */
    static Channel otherChannel(Contact c, Channel first) {
        if (first != Channel.PHONE) {
            return Channel.PHONE;
        }
        return c.hasEmail() ? Channel.EMAIL : Channel.HANDWRITTEN_NOTE;
    }

    /** R4 for a promised follow-up (R13): the promised channel, except LinkedIn, which falls back to email. */
    static ChannelChoice promisedChannel(Contact c, Channel promised) {
        Channel channel = promised == null ? Channel.EMAIL : promised;
        if (channel == Channel.LINKEDIN) {
            return c.hasEmail()
                    ? new ChannelChoice(Channel.EMAIL, "The promise named LinkedIn, but job messages stay off social "
                            + "media (R4), so it goes by work email.")
                    : ChannelChoice.none("The promise named LinkedIn, which is only for connection requests (R4), "
                            + "and no work email is on record for " + c.name() + ".");
        }
        if (channel == Channel.EMAIL && !c.hasEmail()) {
            return ChannelChoice.none("The promise named email, but there is no work email on record for "
                    + c.name() + " (R4).");
        }
        return ChannelChoice.of(channel);
    }
}
