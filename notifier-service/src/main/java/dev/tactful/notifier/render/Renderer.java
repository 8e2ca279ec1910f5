package dev.tactful.notifier.render;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import dev.tactful.events.Candidate;
import dev.tactful.events.Channel;
import dev.tactful.events.FollowUpDue;
import dev.tactful.events.FollowUpKind;
import dev.tactful.events.HoldReason;
import dev.tactful.events.InterviewDetails;
import dev.tactful.events.Recipient;
import io.quarkus.qute.TemplateInstance;

/**
 * Turns a due follow-up into the text its reader sees, and wraps it in the emails Tactful sends the candidate
 * (draft reminder, held notice, uncertain notice). Pure function of its input: the same FollowUpDue always
 * renders the same text, which is what makes a retried or re-consumed delivery identical.
 */
@ApplicationScoped
public class Renderer {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.ENGLISH);

    /** The message for its reader (interviewer or candidate), without any Tactful wrapping. */
    public RenderedMessage render(FollowUpDue due) {
        MessageModel m = model(due);
        String reason = due.reason() == null ? "" : due.reason();
        TemplateInstance body = switch (due.kind()) {
            case ADDRESS_BOUNCED -> Templates.addressBouncedEmail(m, reason);
            case OPTED_OUT_NOTICE -> Templates.optedOutNoticeEmail(m, reason);
            default -> body(due.kind(), due.channel(), m);
        };
        if (body == null) {
            return RenderedMessage.unsupported(due.kind(), due.channel());
        }
        String text = Texts.tidy(body.render());
        boolean email = isEmail(due.kind(), due.channel());
        String subject = email ? Texts.subjectLine(Templates.emailSubject(m).render()) : null;
        String html = email ? html(subject, text) : null;
        return new RenderedMessage(due.kind(), due.channel(), subject, text, html, true);
    }

    /** Candidate-facing kinds are always an email to the candidate, whatever channel the plan named (R15). */
    public static boolean isEmail(FollowUpKind kind, Channel channel) {
        return !kind.employerFacing() || channel == Channel.EMAIL;
    }

    private static TemplateInstance body(FollowUpKind kind, Channel channel, MessageModel m) {
        return switch (kind) {
            case KEEP_SEARCHING -> Templates.keepSearchingEmail(m);
            case MOVE_ON -> Templates.moveOnEmail(m);
            case ADDRESS_BOUNCED, OPTED_OUT_NOTICE -> null; // rendered with the planner's reason, see render()
            case THANK_YOU -> switch (channel) {
                case EMAIL -> Templates.thankYouEmail(m);
                case HANDWRITTEN_NOTE -> Templates.thankYouNote(m);
                case PHONE -> Templates.thankYouCall(m);
                case LINKEDIN -> null; // R4: LinkedIn is for connection requests only
            };
            case STATUS_CHECK -> switch (channel) {
                case EMAIL -> Templates.statusCheckEmail(m);
                case HANDWRITTEN_NOTE -> Templates.statusCheckNote(m);
                case PHONE -> Templates.statusCheckCall(m);
                case LINKEDIN -> null;
            };
            case GRACIOUS_CLOSE -> switch (channel) {
                case EMAIL -> Templates.graciousCloseEmail(m);
                case HANDWRITTEN_NOTE -> Templates.graciousCloseNote(m);
                // A rejection is answered in writing; a call to say thanks for a "no" puts the employer on the spot.
                case PHONE, LINKEDIN -> null;
            };
            case LINKEDIN_CONNECT -> channel == Channel.LINKEDIN ? Templates.linkedinNote(m) : null;
        };
    }

    MessageModel model(FollowUpDue due) {
        InterviewDetails interview = due.interview();
        Recipient recipient = due.recipient();
        Candidate candidate = due.candidate();
        String seed = seed(due);
        ZoneId readerZone = readerZone(due);
        List<String> topics = interview == null ? List.of() : interview.topicsDiscussed();
        List<String> points = interview == null ? List.of() : interview.pointsToReinforce();
        List<String> concerns = interview == null ? List.of() : interview.concernsToAddress();
        Instant interviewedAt = interview == null ? null : interview.interviewedAt();
        LocalDate decision = interview == null ? null : interview.decisionExpectedBy();
        return new MessageModel(
                due.kind(),
                due.channel(),
                recipient == null ? null : blankToNull(recipient.name()),
                recipient == null ? null : Texts.firstName(recipient.name()),
                recipient == null ? null : blankToNull(recipient.title()),
                candidate == null ? null : blankToNull(candidate.name()),
                candidate == null ? null : Texts.firstName(candidate.name()),
                interview == null ? null : blankToNull(interview.companyName()),
                interview == null ? null : blankToNull(interview.role()),
                interviewedAt == null ? "recently" : "on " + DAY.format(interviewedAt.atZone(readerZone)),
                choose(topics, seed, "topic"),
                choose(points, seed, "point"),
                choose(concerns, seed, "concern"),
                topics,
                decision == null ? null : DATE.format(decision),
                interview == null || interview.promise() == null ? null : blankToNull(interview.promise().note()),
                Variants.pick(seed, "opener", 3),
                Variants.pick(seed, "bridge", 3),
                Variants.pick(seed, "closer", 3));
    }

    /** The draft reminder the candidate receives in draft mode, or for channels only the candidate can use. */
    public EmailContent draft(FollowUpDue due, RenderedMessage message, boolean manualInDirectMode) {
        Recipient r = due.recipient();
        String description = r == null ? null : describe(r.title(), due.interview() == null ? null : due.interview().companyName());
        DraftModel d = new DraftModel(
                candidateFirstName(due),
                message.channel(),
                r == null || r.name() == null ? "the recipient" : r.name(),
                description,
                r == null ? null : blankToNull(r.email()),
                Labels.kind(due.kind()),
                Labels.how(message.channel()),
                due.rule() == null ? "-" : due.rule(),
                due.reason() == null ? "it is part of your follow-up plan" : due.reason(),
                whenLocal(due),
                message.subject(),
                message.text(),
                manualInDirectMode);
        String subject = Texts.subjectLine(Templates.draftSubject(d).render());
        String text = Texts.tidy(Templates.draftEmail(d).render());
        return new EmailContent(subject, text, html(subject, text));
    }

    /**
     * The message as it goes straight to the employer: the candidate's text and a footer saying Tactful sent it on
     * their behalf, so nobody mistakes it for mail the candidate typed into their own client at that moment, and,
     * when {@code optOutUrl} is given, the link by which the interviewer can ask for no further follow-ups (R3).
     */
    public EmailContent direct(FollowUpDue due, RenderedMessage message, String optOutUrl) {
        String name = due.candidate() == null || due.candidate().name() == null || due.candidate().name().isBlank()
                ? "the candidate" : due.candidate().name().strip();
        String text = message.text() + "\n\n" + Texts.tidy(Templates.directFooter(name, optOutUrl).render());
        return new EmailContent(message.subject(), text, html(message.subject(), text));
    }

    /** Tells the candidate why a message was held and what to add (R2, R16). */
    public EmailContent held(FollowUpDue due, RenderedMessage message, List<HoldReason> reasons) {
        NoticeModel n = notice(due, message, reasons);
        String subject = Texts.subjectLine(Templates.heldSubject(n).render());
        String text = Texts.tidy(Templates.heldNotice(n).render());
        return new EmailContent(subject, text, html(subject, text));
    }

    /** Tells the candidate a direct send may or may not have gone out, and that Tactful will not resend it. */
    public EmailContent uncertain(FollowUpDue due, RenderedMessage message) {
        NoticeModel n = notice(due, message, List.of());
        String subject = Texts.subjectLine(Templates.uncertainSubject(n).render());
        String text = Texts.tidy(Templates.uncertainNotice(n).render());
        return new EmailContent(subject, text, html(subject, text));
    }

    private NoticeModel notice(FollowUpDue due, RenderedMessage message, List<HoldReason> reasons) {
        InterviewDetails interview = due.interview();
        return new NoticeModel(
                candidateFirstName(due),
                due.recipient() == null || due.recipient().name() == null ? "your contact" : due.recipient().name(),
                Labels.kind(due.kind()),
                Labels.how(message.channel()),
                interview == null || interview.companyName() == null ? "the company" : interview.companyName(),
                interview == null || interview.role() == null ? "open" : interview.role(),
                reasons,
                message.subject(),
                message.text());
    }

    static String html(String title, String text) {
        return Templates.emailHtml(title == null ? "" : title, Texts.paragraphs(text)).render();
    }

    private static String whenLocal(FollowUpDue due) {
        if (due.dueAt() == null) {
            return "now";
        }
        ZoneId zone = due.candidate() != null && due.candidate().timeZone() != null ? due.candidate().timeZone() : ZoneOffset.UTC;
        return WHEN.format(due.dueAt().atZone(zone)) + " (" + zone.getId() + ")";
    }

    private static String describe(String title, String company) {
        String t = blankToNull(title);
        String c = blankToNull(company);
        if (t != null && c != null) {
            return t + " at " + c;
        }
        return t != null ? t : c;
    }

    private static String candidateFirstName(FollowUpDue due) {
        return due.candidate() == null ? null : Texts.firstName(due.candidate().name());
    }

    /** The zone the reader lives in: the interviewer's, else the candidate's, else UTC. Never the JVM's. */
    private static ZoneId readerZone(FollowUpDue due) {
        if (due.kind().employerFacing() && due.recipient() != null && due.recipient().timeZone() != null) {
            return due.recipient().timeZone();
        }
        if (due.candidate() != null && due.candidate().timeZone() != null) {
            return due.candidate().timeZone();
        }
        return ZoneOffset.UTC;
    }

    /** What makes one reader's wording differ from another's: their stable id, else address, else name. */
    static String seed(FollowUpDue due) {
        Recipient r = due.recipient();
        if (due.kind().employerFacing() && r != null) {
            if (r.interviewerId() != null) {
                return r.interviewerId();
            }
            if (r.email() != null) {
                return r.email();
            }
            return r.name();
        }
        return due.candidate() == null ? due.candidateId() : due.candidate().email();
    }

    private static String choose(List<String> options, String seed, String salt) {
        List<String> usable = options.stream().filter(s -> s != null && !s.isBlank()).map(String::strip).toList();
        return usable.isEmpty() ? null : usable.get(Variants.pick(seed, salt, usable.size()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
