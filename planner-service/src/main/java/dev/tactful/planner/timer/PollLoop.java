package dev.tactful.planner.timer;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.jboss.logging.Logger;

/**
 * The poller's loop, free of CDI so the benchmark runs exactly this code: fire a batch; when it came back full,
 * go again at once (a backlog drains at full speed); otherwise wait for the poll interval. A failed batch stays
 * PLANNED in the database and is retried after a short back-off.
 */
public final class PollLoop implements Runnable {

    private static final Logger LOG = Logger.getLogger(PollLoop.class);
    private static final Duration ERROR_BACKOFF = Duration.ofSeconds(2);

    private final FollowUpFirer firer;
    private final Duration pollInterval;
    private final Consumer<FiredBatch> onBatch;
    private final CountDownLatch stopped = new CountDownLatch(1);

    public PollLoop(FollowUpFirer firer, Duration pollInterval, Consumer<FiredBatch> onBatch) {
        this.firer = firer;
        this.pollInterval = pollInterval;
        this.onBatch = onBatch;
    }

    @Override
    public void run() {
        while (stopped.getCount() > 0) {
            Duration pause;
            try {
                FiredBatch batch = firer.fireDueBatch();
                if (batch.size() > 0) {
                    onBatch.accept(batch);
                }
                pause = batch.size() >= firer.batchSize() ? Duration.ZERO : pollInterval;
            } catch (RuntimeException e) {
                LOG.warnf("Firing batch failed; its follow-ups stay PLANNED and are retried: %s", e.toString());
                pause = ERROR_BACKOFF;
            }
            if (!pause.isZero() && awaitStop(pause)) {
                return;
            }
        }
    }

    public void stop() {
        stopped.countDown();
    }

    private boolean awaitStop(Duration pause) {
        try {
            return stopped.await(pause.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }
}
