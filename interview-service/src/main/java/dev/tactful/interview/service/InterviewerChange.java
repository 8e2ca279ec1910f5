package dev.tactful.interview.service;

import dev.tactful.events.Channel;

/** New details or preferences of one interviewer; a null field stays as it is. */
public record InterviewerChange(String name, String title, String email, String linkedinUrl, Channel preferredChannel,
        Boolean askedNotToFollowUp, Boolean primaryContact, String timeZone) {
}
