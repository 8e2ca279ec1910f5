package dev.tactful.notifier.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.tactful.events.Channel;
import dev.tactful.events.DeliveryMode;
import dev.tactful.events.FollowUpDue;
import dev.tactful.notifier.delivery.Addresses;
import dev.tactful.notifier.delivery.MailSettings;
import dev.tactful.notifier.delivery.OutgoingMail;
import dev.tactful.notifier.optout.OptOutLinks;
import dev.tactful.notifier.render.EmailContent;
import dev.tactful.notifier.render.RenderedMessage;
import dev.tactful.notifier.render.Renderer;

/**
 * Decides who receives which email for a follow-up.
 * <ul>
 * <li>Draft mode (default): the candidate gets a reminder with the ready-to-send draft.</li>
 * <li>Direct mode, employer-facing email: the message goes to the interviewer, from "Candidate via Tactful"
 * with the candidate in Reply-To, and, to an interviewer, with the one-click opt-out link in the footer and the
 * {@code List-Unsubscribe} headers (RFC 8058).</li>
 * <li>Direct mode, phone call, handwritten note or LinkedIn request: only the candidate can dial, write or click
 * Connect, and Tactful has no business posting to someone's LinkedIn. Such follow-ups are sent to the candidate
 * as a draft anyway, with a line saying why.</li>
 * <li>Candidate-facing kinds (keep searching, move on): always straight to the candidate (R15).</li>
 * </ul>
 */
@ApplicationScoped
public class MailComposer {

    @Inject
    MailSettings settings;

    @Inject
    Renderer renderer;

    @Inject
    OptOutLinks optOutLinks;

    public boolean toEmployer(FollowUpDue due, DeliveryMode mode) {
        return due.kind().employerFacing() && due.channel() == Channel.EMAIL && mode == DeliveryMode.SEND_DIRECT;
    }

    public OutgoingMail compose(FollowUpDue due, DeliveryMode mode, RenderedMessage message) {
        String messageId = Addresses.messageId(due.followUpId(), settings.messageIdDomain());
        String candidateEmail = due.candidate() == null ? "" : nullToEmpty(due.candidate().email());
        if (toEmployer(due, mode)) {
            // Only here. On a draft or notice to the candidate, the candidate's mail provider would show its
            // "unsubscribe" button to the candidate, and pressing it would silence the interviewer instead.
            String optOutUrl = optOutLinks.forRecipient(due).orElse(null);
            EmailContent direct = renderer.direct(due, message, optOutUrl);
            return new OutgoingMail(messageId,
                    Addresses.onBehalfOf(due.candidate() == null ? null : due.candidate().name(), settings.from()),
                    nullToEmpty(due.recipient() == null ? null : due.recipient().email()),
                    candidateEmail.isEmpty() ? null : candidateEmail,
                    direct.subject(), direct.text(), direct.html(), false, optOutUrl);
        }
        if (!due.kind().employerFacing()) {
            return new OutgoingMail(messageId, settings.from(), candidateEmail, null, message.subject(), message.text(),
                    message.html(), true, null);
        }
        EmailContent draft = renderer.draft(due, message, mode == DeliveryMode.SEND_DIRECT);
        return new OutgoingMail(messageId, settings.from(), candidateEmail, null, draft.subject(), draft.text(),
                draft.html(), true, null);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
