package dev.tactful.etiquette;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The catalogue of etiquette rules R1-R18, for API output and documentation. Summaries are our own words. */
public final class Rules {

    public static final RuleSource FINE_LINE = new RuleSource("000", "fine line ... being a pest");
    public static final RuleSource HOW_SHOULD_I = new RuleSource("001", "How should I follow up");
    public static final RuleSource DONT_BE_A_PEST = new RuleSource("002", "Don't be a pest");
    public static final RuleSource EIGHT_STEPS = new RuleSource("003", "8 essential steps");
    public static final RuleSource OUTDATED = new RuleSource("004", "follow up ... outdated?");

    private static final List<RuleInfo> CATALOGUE = List.of(
            rule("R1", "Thank each interviewer",
                    "Every interviewer gets their own thank-you within a day of the interview ending, or at their first "
                            + "business hour after that day if it holds none.",
                    FINE_LINE, HOW_SHOULD_I, DONT_BE_A_PEST, EIGHT_STEPS, OUTDATED),
            rule("R2", "Personal, not canned",
                    "Messages to the employer must mention something specific from this interview; without such a "
                            + "detail they wait for the candidate to add one.",
                    FINE_LINE, HOW_SHOULD_I, DONT_BE_A_PEST, EIGHT_STEPS, OUTDATED),
            rule("R3", "Respect a no",
                    "Someone who asked not to be followed up receives nothing more, and the plan says so; when they asked "
                            + "through the opt-out link themselves, the candidate gets one note about it.",
                    FINE_LINE),
            rule("R4", "Professional channels",
                    "Work email, a handwritten note or the interviewer's preferred business channel; LinkedIn only to "
                            + "connect, never for talk about the job.",
                    EIGHT_STEPS, OUTDATED),
            rule("R5", "Go to the source",
                    "Thank the interviewers themselves rather than an agency recruiter, unless the agency insists on "
                            + "relaying all contact.",
                    DONT_BE_A_PEST),
            rule("R6", "Respect the decision timeframe",
                    "Ask about the status a few business days after the date the employer gave, or ten days after the "
                            + "interview when no date was given, and never ask again for a timeline already given.",
                    HOW_SHOULD_I, EIGHT_STEPS, OUTDATED),
            rule("R7", "Touch limits",
                    "The policy decides how many messages go out; a week between two messages to one person on one "
                            + "channel; status checks only to the primary contact; three messages per person at most.",
                    DONT_BE_A_PEST, EIGHT_STEPS, OUTDATED),
            rule("R8", "Stop when they answer",
                    "Any answer from the employer cancels the pending check-ins and LinkedIn request; after an answer "
                            + "only a gracious close may follow.",
                    FINE_LINE, DONT_BE_A_PEST, OUTDATED),
            rule("R9", "Close gracefully",
                    "After a rejection, one brief thank-you to the primary contact a business day later, except under "
                            + "the one-and-done policy.",
                    HOW_SHOULD_I),
            rule("R10", "Connect on LinkedIn",
                    "Under the persistent policy, a connection request to the primary contact once a status check has "
                            + "gone a week without an answer.",
                    FINE_LINE, EIGHT_STEPS),
            rule("R11", "Send windows",
                    "Employer messages arrive during the recipient's business hours in their own time zone; reminders "
                            + "to the candidate never arrive at night.",
                    DONT_BE_A_PEST, OUTDATED),
            rule("R12", "Before the decision",
                    "When the decision is close, the thank-you goes out in a way that reaches the employer before it, "
                            + "e.g. email instead of a mailed note.",
                    OUTDATED),
            rule("R13", "Keep promises",
                    "A follow-up the candidate agreed to at the interview replaces the usual status check and happens "
                            + "on the agreed channel by the agreed date.",
                    FINE_LINE),
            rule("R14", "Handwritten notes",
                    "When a note on paper is the channel, the candidate gets the draft the same day so it can go out "
                            + "by express mail.",
                    FINE_LINE, EIGHT_STEPS),
            rule("R15", "Keep searching, then move on",
                    "The candidate is reminded right away to keep other options open, and told to move on after two "
                            + "weeks of silence following the last planned message.",
                    FINE_LINE, EIGHT_STEPS),
            rule("R16", "Write well",
                    "Nothing is delivered with gaps, an empty subject, an overlong LinkedIn note or phrasing the "
                            + "sources warn against; such messages are held with the reason.",
                    FINE_LINE, DONT_BE_A_PEST, OUTDATED),
            // R17 and R18 act on what the candidate's mailbox says; like R11 they are inferred from the sources'
            // respect for busy people's time rather than stated there.
            rule("R17", "Away until",
                    "When someone's automatic reply says they are away until a date, nothing is cancelled: their "
                            + "pending messages wait until the first business hour one business day after they are back. "
                            + "A reply that names no date changes nothing.",
                    DONT_BE_A_PEST, OUTDATED),
            rule("R18", "Bounced address",
                    "When mail to an address comes back undeliverable, the messages still to go to it are cancelled "
                            + "and the candidate gets one note asking for a corrected address.",
                    DONT_BE_A_PEST));

    private Rules() {
    }

    /** R1 to R18 in order. */
    public static List<RuleInfo> catalogue() {
        return CATALOGUE;
    }

    public static Optional<RuleInfo> byId(String id) {
        return CATALOGUE.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    private static RuleInfo rule(String id, String title, String summary, RuleSource... sources) {
        return new RuleInfo(id, title, summary, Arrays.asList(sources));
    }
}
