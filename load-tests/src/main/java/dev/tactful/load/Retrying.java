package dev.tactful.load;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Sends one request again, unchanged (so with the same Idempotency-Key), until it gets an answer worth keeping:
 * the one retry loop of every POST the harness makes, whether it retries as a careful client would (chaos) or only
 * to learn what a timed-out request created (saturation, fixed rate).
 */
final class Retrying {

    private static final long PAUSE_MILLIS = 250;

    /**
     * When to send again.
     *
     * @param statusesFromStart a 5xx or a 409 (the first try still in progress) is retried from the first try; without
     *                          it only once a try failed in transport (then a 409 means that try is still running)
     * @param maxTries          tries in all, at most
     * @param deadlineNanos     no new try after this long (from the first)
     */
    record Policy(boolean statusesFromStart, int maxTries, long deadlineNanos) {

        /** The chaos run's client: every refused connection, timeout, 5xx and 409, for {@code patience}. */
        static Policy client(Duration patience) {
            return new Policy(true, Integer.MAX_VALUE, patience.toNanos());
        }

        /** Only after a timeout or connection failure, {@code tries} tries in all, so the outcome is known. */
        static Policy recoverOnly(int tries) {
            return new Policy(false, tries, Duration.ofMinutes(3).toNanos());
        }
    }

    /** The answer, how many tries it took, and the first try's transport failure (null when there was none). */
    record Outcome(HttpResponse<String> response, int tries, String firstFailure) {
    }

    private Retrying() {
    }

    /**
     * Sends {@code request} under {@code policy}; counts every retry in {@code retries} and hands every transport
     * failure (timeout, refused or reset connection) to {@code onTransportFailure}. Fails with the last transport
     * failure when the tries run out.
     */
    static CompletableFuture<Outcome> send(HttpRequest request, Policy policy, AtomicInteger retries,
            Consumer<Throwable> onTransportFailure) {
        return attempt(request, policy, System.nanoTime() + policy.deadlineNanos(), 1, null, retries, onTransportFailure);
    }

    private static CompletableFuture<Outcome> attempt(HttpRequest request, Policy policy, long deadline, int tries,
            String firstFailure, AtomicInteger retries, Consumer<Throwable> onTransportFailure) {
        return Http.send(request).handle((response, failure) -> {
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
            String first = firstFailure;
            if (cause != null) {
                onTransportFailure.accept(cause);
                if (first == null) {
                    first = cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
                }
            }
            boolean statusRetry = cause == null && (policy.statusesFromStart() || first != null)
                    && (response.statusCode() >= 500 || response.statusCode() == 409);
            boolean again = (cause != null || statusRetry) && tries < policy.maxTries() && System.nanoTime() < deadline;
            if (!again) {
                return cause == null ? CompletableFuture.completedFuture(new Outcome(response, tries, first))
                        : CompletableFuture.<Outcome>failedFuture(cause);
            }
            retries.incrementAndGet();
            String keep = first;
            return CompletableFuture.supplyAsync(() -> null, CompletableFuture.delayedExecutor(PAUSE_MILLIS, TimeUnit.MILLISECONDS))
                    .thenCompose(x -> attempt(request, policy, deadline, tries + 1, keep, retries, onTransportFailure));
        }).thenCompose(f -> f);
    }
}
