package dev.tactful.interview.service;

/**
 * What a one-click opt-out found: whether this click changed anything ({@code firstTime}), and who is affected, for
 * the confirmation page. {@code candidateName} is what the candidate typed; the page escapes it.
 */
public record OptOutRecorded(boolean firstTime, String candidateName, String companyName) {
}
