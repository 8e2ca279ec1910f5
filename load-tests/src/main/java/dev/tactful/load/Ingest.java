package dev.tactful.load;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Posts generated interviews, either closed-loop at a fixed concurrency (saturation) or open-loop at a fixed
 * offered rate, where latency counts from the intended send time so a stalled server cannot hide its backlog.
 * Every interview has its own Idempotency-Key. With {@code retry} (the chaos run) a refused connection, a timeout,
 * a 5xx or a 409 (the first try still in progress) is retried with the same key, as a careful client would, for up to
 * 3 minutes: the service must then create the interview exactly once. Without it (saturation, fixed rate) a timeout
 * or a connection failure is still an error at that latency, but the same request is tried again with the same key
 * (a few times) so that the interview it may have created is known to the accounting, not "unexpected mail".
 */
final class Ingest {

    record Posted(String interviewId, String candidateId, String deliveryMode, long respondedAtMillis) {
    }

    record Result(String label, int requests, double seconds, Latencies latencies, List<Posted> posted,
            Map<Integer, Integer> statuses, List<String> errors, int retries, int transportFailures) {

        double perSecond() {
            return requests / seconds;
        }
    }

    private static final int CANDIDATES = 50;
    /** Tries of one request after a timeout or connection failure when not retrying as the chaos client does. */
    static final int RECOVERY_TRIES = 5;

    private final String interviewUrl;
    private final SimClock clock;
    private final InterviewGenerator generator;
    private final boolean retry;

    Ingest(LocalSuite suite, InterviewGenerator generator, boolean retry) {
        this.interviewUrl = suite.interview.baseUrl() + "/api/v1/interviews";
        this.clock = suite.clock;
        this.generator = generator;
        this.retry = retry;
    }

    Result saturate(String label, int count, int concurrency) {
        Semaphore slots = new Semaphore(concurrency);
        Tracker tracker = new Tracker();
        long begin = System.nanoTime();
        List<CompletableFuture<Void>> all = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            slots.acquireUninterruptibly();
            all.add(post(System.nanoTime(), tracker).whenComplete((r, e) -> slots.release()));
        }
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();
        return tracker.result(label, count, begin);
    }

    Result atRate(String label, int count, double perSecond) {
        Tracker tracker = new Tracker();
        long begin = System.nanoTime();
        List<CompletableFuture<Void>> all = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long intended = begin + (long) (i * 1e9 / perSecond);
            // Pacing the offered load, not waiting for the system: the send happens at its time regardless.
            long wait = intended - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            all.add(post(intended, tracker));
        }
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();
        return tracker.result(label, count, begin);
    }

    private CompletableFuture<Void> post(long intendedNanos, Tracker tracker) {
        InterviewGenerator.Generated g = generator.next(clock.now(), CANDIDATES);
        HttpRequest request = Http.request(interviewUrl, g.candidateId()).header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(g.body().toString())).build();
        Retrying.Policy policy = retry ? Retrying.Policy.client(Duration.ofMinutes(3))
                : Retrying.Policy.recoverOnly(RECOVERY_TRIES);
        return Retrying.send(request, policy, tracker.retries, tracker::transportFailure).handle((outcome, failure) -> {
            long micros = (System.nanoTime() - intendedNanos) / 1000;
            if (failure != null) {
                tracker.error("POST failed: " + (failure.getCause() == null ? failure : failure.getCause()));
                return null;
            }
            HttpResponse<String> response = outcome.response();
            tracker.status(response.statusCode());
            if (response.statusCode() == 201) {
                tracker.latencies.add(micros);
                String id = Http.json(response.body()).path("id").asText();
                tracker.posted.add(new Posted(id, g.candidateId(), g.deliveryMode(), System.currentTimeMillis()));
                if (!retry && outcome.firstFailure() != null) {
                    // An error at that latency all the same; the retry only tells the accounting which interview it was.
                    tracker.error("POST " + outcome.firstFailure() + " (interview " + id + " known after "
                            + outcome.tries() + " tries with the same Idempotency-Key)");
                }
            } else {
                tracker.error(response.statusCode() + " " + abbreviate(response.body()) + " for " + g.body());
            }
            return null;
        });
    }

    static String abbreviate(String s) {
        return s == null || s.length() <= 300 ? s : s.substring(0, 300) + "...";
    }

    private static final class Tracker {
        final Latencies latencies = new Latencies();
        final List<Posted> posted = Collections.synchronizedList(new ArrayList<>());
        final Map<Integer, Integer> statuses = Collections.synchronizedMap(new TreeMap<>());
        final List<String> errors = Collections.synchronizedList(new ArrayList<>());
        final AtomicInteger retries = new AtomicInteger();
        final AtomicInteger transportFailures = new AtomicInteger();

        void transportFailure(Throwable failure) {
            transportFailures.incrementAndGet();
        }

        void status(int status) {
            statuses.merge(status, 1, Integer::sum);
        }

        void error(String error) {
            errors.add(error);
        }

        Result result(String label, int count, long beginNanos) {
            double seconds = (System.nanoTime() - beginNanos) / 1e9;
            return new Result(label, count, seconds, latencies, new ArrayList<>(posted), new TreeMap<>(statuses),
                    new ArrayList<>(errors), retries.get(), transportFailures.get());
        }
    }
}
