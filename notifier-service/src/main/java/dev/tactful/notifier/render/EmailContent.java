package dev.tactful.notifier.render;

/** Subject and both alternative bodies of an email. */
public record EmailContent(String subject, String text, String html) {
}
