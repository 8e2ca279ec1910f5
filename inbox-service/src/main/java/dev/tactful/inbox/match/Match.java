package dev.tactful.inbox.match;

import java.util.UUID;

import dev.tactful.events.MatchedBy;

/** The interview a message belongs to, how that was decided, and a sentence saying so for the plan page. */
public record Match(UUID interviewId, MatchedBy matchedBy, UUID followUpId, String evidence) {
}
