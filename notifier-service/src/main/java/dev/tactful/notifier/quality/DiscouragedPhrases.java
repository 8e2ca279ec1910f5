package dev.tactful.notifier.quality;

import java.util.List;

/**
 * Wording the source articles warn against (R16, R6), kept as one documented list so the gate, the tests and the
 * README agree. Matching is case-insensitive on whole phrases.
 *
 * <ul>
 * <li>{@link #EMPTY_CHASERS}: phrases that announce a follow-up without adding anything, or push for an answer;
 * the articles say to add something of value instead of saying you are following up (sources 000, 002, 004 in the engine's Rules).</li>
 * <li>{@link #CANNED}: stock openers and closers that mark a message as a template (sources 002, 004).</li>
 * <li>{@link #TIMELINE_ASKS}: asking when a decision will come. Allowed only when the employer gave no date;
 * asking again after a date was given is what source 004 warns against (R6).</li>
 * </ul>
 */
public final class DiscouragedPhrases {

    public static final List<String> EMPTY_CHASERS = List.of(
            "just following up",
            "just wanted to follow up",
            "just checking in",
            "just touching base",
            "touching base",
            "checking in to see",
            "following up on my interview",
            "following up on my application",
            "circling back",
            "bumping this",
            "any update",
            "any news",
            "haven't heard back",
            "have not heard back",
            "as per my last email",
            "per my previous email");

    public static final List<String> CANNED = List.of(
            "to whom it may concern",
            "dear sir or madam",
            "i hope this email finds you well",
            "i hope this message finds you well");

    public static final List<String> TIMELINE_ASKS = List.of(
            "timeline",
            "time frame",
            "timeframe",
            "when you expect to decide",
            "when you will decide",
            "when you'll decide",
            "when a decision",
            "when the decision",
            "expect to make a decision",
            "decision date");

    private DiscouragedPhrases() {
    }
}
