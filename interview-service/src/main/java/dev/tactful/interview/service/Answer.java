package dev.tactful.interview.service;

/**
 * The HTTP answer to a creating request, as it was given and as a retry with the same Idempotency-Key gets it
 * again. It is rendered by the API inside the creating transaction, so the stored copy is exactly what was sent.
 */
public record Answer(int status, String body, String location) {
}
