package dev.tactful.notifier.render;

import java.util.List;

import dev.tactful.events.Channel;
import dev.tactful.events.FollowUpKind;

/**
 * Everything a follow-up template may print, already formatted (dates in the reader's zone, names split).
 * Templates never format or choose; they only place. The three variant numbers are picked from a hash of the
 * recipient, so two interviewers of one interview read differently worded notes (see {@link Variants}).
 *
 * @param topic      the one topic this recipient's note mentions, or null when none was recorded
 * @param point      the one point to reinforce this note mentions, or null
 * @param concern    the one concern this note addresses, or null
 * @param decisionDate the decision date the employer gave, formatted; null when none was given (R6)
 */
public record MessageModel(
        FollowUpKind kind,
        Channel channel,
        String recipientName,
        String recipientFirstName,
        String recipientTitle,
        String candidateName,
        String candidateFirstName,
        String company,
        String role,
        String whenWeMet,
        String topic,
        String point,
        String concern,
        List<String> topics,
        String decisionDate,
        String promiseNote,
        int opener,
        int bridge,
        int closer) {

    public boolean decisionGiven() {
        return decisionDate != null;
    }

    public boolean hasTitle() {
        return recipientTitle != null && !recipientTitle.isBlank();
    }
}
