package dev.tactful.notifier.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import dev.tactful.events.Channel;
import dev.tactful.events.DeliveryMode;
import dev.tactful.events.HoldReason;
import dev.tactful.events.InterviewDetails;
import dev.tactful.notifier.delivery.HeaderValues;
import dev.tactful.notifier.render.RenderedMessage;
import dev.tactful.notifier.render.Renderer;

/**
 * Checks a rendered message before anything is delivered (R2, R16, R6, R4). Every failed check becomes a
 * {@link HoldReason} with the rule id, a stable code and a sentence telling the candidate what to do.
 */
@ApplicationScoped
public class QualityGate {

    public static final int LINKEDIN_LIMIT = 300;

    public static final String UNSUPPORTED_CHANNEL = "UNSUPPORTED_CHANNEL";
    public static final String EMPTY_SUBJECT = "EMPTY_SUBJECT";
    public static final String EMPTY_BODY = "EMPTY_BODY";
    public static final String UNRESOLVED_PLACEHOLDER = "UNRESOLVED_PLACEHOLDER";
    public static final String NO_INTERVIEW_DETAIL = "NO_INTERVIEW_DETAIL";
    public static final String LINKEDIN_TOO_LONG = "LINKEDIN_TOO_LONG";
    public static final String DISCOURAGED_PHRASE = "DISCOURAGED_PHRASE";
    public static final String TIMELINE_ALREADY_GIVEN = "TIMELINE_ALREADY_GIVEN";
    public static final String NO_RECIPIENT_ADDRESS = "NO_RECIPIENT_ADDRESS";
    public static final String UNUSABLE_RECIPIENT_ADDRESS = "UNUSABLE_RECIPIENT_ADDRESS";

    /**
     * Leftovers of a template or of an unfinished draft: braces, bracketed capitals like [NAME], angle tokens like
     * &lt;COMPANY&gt;, printf/shell markers, and the words null/undefined/TODO that appear when a value was missing.
     */
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "[{}]|\\[[A-Z][A-Z0-9 _.-]*\\]|<[A-Z][A-Z0-9_]*>|%s|\\$\\{|\\bnull\\b|\\bundefined\\b|\\bTODO\\b|\\bXXX\\b|\\bN/A\\b");

    public Verdict check(GateInput in) {
        RenderedMessage msg = in.message();
        List<HoldReason> reasons = new ArrayList<>();
        if (!msg.supported()) {
            reasons.add(new HoldReason("R4", UNSUPPORTED_CHANNEL, "A " + label(msg) + " cannot go out on " + channel(msg.channel())
                    + "; choose email, a handwritten note or a phone call for it (LinkedIn is only for connection requests)."));
            return new Verdict(reasons);
        }
        String text = msg.text() == null ? "" : msg.text();
        boolean email = Renderer.isEmail(msg.kind(), msg.channel());
        if (email && (msg.subject() == null || msg.subject().isBlank())) {
            reasons.add(new HoldReason("R16", EMPTY_SUBJECT, "The email has no subject line."));
        }
        if (text.isBlank()) {
            reasons.add(new HoldReason("R16", EMPTY_BODY, "The message has no text."));
        }
        placeholder(msg.subject()).or(() -> placeholder(text)).ifPresent(token -> reasons.add(new HoldReason("R16",
                UNRESOLVED_PLACEHOLDER, "The text still contains \"" + token + "\", which looks like a placeholder or a missing"
                        + " value; correct the interview details it came from.")));
        if (msg.kind().employerFacing() && !mentionsDetail(text, in.interview())) {
            reasons.add(new HoldReason("R2", NO_INTERVIEW_DETAIL, "The message names nothing specific from this interview."
                    + " Add at least one topic you discussed, a point you want to reinforce or a concern you want to address."));
        }
        if (msg.channel() == Channel.LINKEDIN && text.length() > LINKEDIN_LIMIT) {
            reasons.add(new HoldReason("R16", LINKEDIN_TOO_LONG, "The LinkedIn note has " + text.length()
                    + " characters; LinkedIn allows " + LINKEDIN_LIMIT + ". Shorten the topic it mentions."));
        }
        String haystack = ((msg.subject() == null ? "" : msg.subject()) + "\n" + text).toLowerCase(Locale.ROOT);
        Stream.concat(DiscouragedPhrases.EMPTY_CHASERS.stream(), DiscouragedPhrases.CANNED.stream())
                .filter(haystack::contains)
                .findFirst()
                .ifPresent(p -> reasons.add(new HoldReason("R16", DISCOURAGED_PHRASE, "The text says \"" + p
                        + "\", wording that makes a note read as pushy or canned; say something of substance instead.")));
        if (in.interview() != null && in.interview().decisionExpectedBy() != null) {
            DiscouragedPhrases.TIMELINE_ASKS.stream().filter(haystack::contains).findFirst()
                    .ifPresent(p -> reasons.add(new HoldReason("R6", TIMELINE_ALREADY_GIVEN, "The text asks about the decision"
                            + " timing (\"" + p + "\") although the employer already named a date; do not ask again.")));
        }
        boolean direct = msg.kind().employerFacing() && msg.channel() == Channel.EMAIL && in.mode() == DeliveryMode.SEND_DIRECT;
        if (direct && (in.recipient() == null || in.recipient().email() == null || in.recipient().email().isBlank())) {
            reasons.add(new HoldReason("R4", NO_RECIPIENT_ADDRESS, "Tactful should send this email for you, but "
                    + "the interviewer has no work email address recorded; add it to the interview."));
        } else if (direct && !HeaderValues.isAddress(in.recipient().email())) {
            reasons.add(new HoldReason("R4", UNUSABLE_RECIPIENT_ADDRESS, "Tactful should send this email for you, but "
                    + "the interviewer's address is not a plain email address (it has spaces, line breaks, several"
                    + " addresses or letters from another script); correct it in the interview."));
        }
        return new Verdict(reasons);
    }

    static Optional<String> placeholder(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = PLACEHOLDER.matcher(text);
        return m.find() ? Optional.of(m.group()) : Optional.empty();
    }

    /** R2: at least one recorded topic, point or concern appears, word for word, in the text. */
    static boolean mentionsDetail(String text, InterviewDetails interview) {
        if (interview == null || !interview.hasPersonalDetail()) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        return Stream.of(interview.topicsDiscussed(), interview.pointsToReinforce(), interview.concernsToAddress())
                .flatMap(List::stream)
                .filter(d -> d != null && !d.isBlank())
                .anyMatch(d -> lower.contains(d.strip().toLowerCase(Locale.ROOT)));
    }

    private static String label(RenderedMessage msg) {
        return msg.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String channel(Channel channel) {
        return channel.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
