package dev.tactful.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The second end-to-end run, broken on purpose while work is in flight: each service killed with SIGKILL once
 * while it is busy and restarted, the Kafka broker restarted, the SMTP server stopped for a while. Which of
 * these run is chosen by the caller (the verify-time test does fewer). Returns what was done, with timings.
 */
final class Chaos {

    record Plan(boolean killInterview, boolean killPlanner, boolean killNotifier, boolean restartKafka,
            Duration smtpOutage) {
    }

    private final LocalSuite suite;
    private final TopicWatch watch;
    final List<String> log = new ArrayList<>();

    Chaos(LocalSuite suite, TopicWatch watch) {
        this.suite = suite;
        this.watch = watch;
    }

    /** Posts at a fixed rate (retrying as a client would) and breaks things meanwhile. */
    Ingest.Result run(Ingest ingest, int interviews, double rate, Plan plan) {
        int baseEvents = watch.notificationEvents.size();
        int baseInterviews = watch.interviewFirstSeenMillis.size();
        CompletableFuture<Ingest.Result> posting = CompletableFuture.supplyAsync(
                () -> ingest.atRate("chaos ingest", interviews, rate));
        if (plan.killInterview()) {
            // Busy: interviews are arriving.
            Await.until(Duration.ofMinutes(2), Duration.ofMillis(50),
                    () -> posting.isDone() || watch.interviewFirstSeenMillis.size() >= baseInterviews + Math.max(1, interviews / 5));
            note("kill -9 interview-service while posting; ready again in %d ms", suite.killAndRestart(suite.interview));
        }
        Ingest.Result posted = posting.join();
        if (plan.restartKafka()) {
            note("Kafka broker restarted in %d ms", suite.infra.restartKafka());
        }
        if (plan.killNotifier()) {
            Await.until(Duration.ofMinutes(3), Duration.ofMillis(50),
                    () -> watch.notificationEvents.size() >= baseEvents + Math.max(1, interviews / 10));
            note("kill -9 notifier-service while sending (%d follow-ups announced so far); ready again in %d ms",
                    watch.notificationEvents.size() - baseEvents, suite.killAndRestart(suite.notifier));
        }
        if (plan.killPlanner()) {
            int fired = watch.dueEventIds.size();
            Await.until(Duration.ofMinutes(3), Duration.ofMillis(50), () -> watch.dueEventIds.size() > fired);
            note("kill -9 planner-service while firing; ready again in %d ms", suite.killAndRestart(suite.planner));
        }
        if (!plan.smtpOutage().isZero()) {
            suite.infra.stopMail();
            long until = System.nanoTime() + plan.smtpOutage().toNanos();
            // The outage lasts its time whatever the suite does; nothing is being waited for here.
            Await.until(plan.smtpOutage().plusSeconds(1), Duration.ofMillis(200), () -> System.nanoTime() >= until);
            suite.infra.startMail();
            note("SMTP server stopped for %d s", plan.smtpOutage().toSeconds());
        }
        return posted;
    }

    private void note(String format, Object... args) {
        log.add(String.format(format, args));
    }
}
