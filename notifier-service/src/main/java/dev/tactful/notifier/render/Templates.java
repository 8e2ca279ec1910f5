package dev.tactful.notifier.render;

import java.util.List;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Type-safe Qute templates (checked at build time against the records they print). Files live in
 * {@code src/main/resources/templates/}; {@code .txt} files are not HTML-escaped, {@code .html} files are.
 * Every text is written for Tactful; none is copied from the source articles.
 */
@CheckedTemplate
public class Templates {

    // Employer-facing email (subject + plain text; the HTML part is the same paragraphs in emailHtml).
    public static native TemplateInstance emailSubject(MessageModel m);

    public static native TemplateInstance thankYouEmail(MessageModel m);

    public static native TemplateInstance statusCheckEmail(MessageModel m);

    public static native TemplateInstance graciousCloseEmail(MessageModel m);

    // Candidate-facing reminders (R15): always emailed to the candidate.
    public static native TemplateInstance keepSearchingEmail(MessageModel m);

    public static native TemplateInstance moveOnEmail(MessageModel m);

    // R18: mail to someone of the interview bounced; {@code reason} is the planner's sentence naming who and which
    // address, the only place the follow-up carries them (its recipient is the candidate).
    public static native TemplateInstance addressBouncedEmail(MessageModel m, String reason);

    // R3: an interviewer opted out through the link of a direct email; {@code reason} is the planner's sentence
    // naming them (never their address) and saying that what was planned to them is cancelled.
    public static native TemplateInstance optedOutNoticeEmail(MessageModel m, String reason);

    // Handwritten notes (R14): printable text the candidate copies out and posts the same day.
    public static native TemplateInstance thankYouNote(MessageModel m);

    public static native TemplateInstance statusCheckNote(MessageModel m);

    public static native TemplateInstance graciousCloseNote(MessageModel m);

    // Phone call scripts.
    public static native TemplateInstance thankYouCall(MessageModel m);

    public static native TemplateInstance statusCheckCall(MessageModel m);

    // LinkedIn connection note (R10): at most 300 characters, checked by the quality gate.
    public static native TemplateInstance linkedinNote(MessageModel m);

    // Messages from Tactful to the candidate.
    public static native TemplateInstance draftSubject(DraftModel d);

    public static native TemplateInstance draftEmail(DraftModel d);

    public static native TemplateInstance heldSubject(NoticeModel n);

    public static native TemplateInstance heldNotice(NoticeModel n);

    public static native TemplateInstance uncertainSubject(NoticeModel n);

    public static native TemplateInstance uncertainNotice(NoticeModel n);

    /**
     * Closes every email Tactful sends straight to an employer: who it is from, that replies reach them, and (for an
     * interviewer) the one-click link to ask for no further follow-ups; {@code optOutUrl} may be null.
     */
    public static native TemplateInstance directFooter(String candidateName, String optOutUrl);

    /** The HTML alternative of any email: the plain-text paragraphs, escaped, in a minimal readable layout. */
    public static native TemplateInstance emailHtml(String title, List<Paragraph> paragraphs);
}
