package dev.tactful.support.http;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Sheds load at the door: at most {@code tactful.http.max-in-flight} API requests are worked on at once, and the next
 * one gets an immediate 503 problem with {@code Retry-After}. Without it an overloaded service queues every request
 * for a database connection; the clients time out and retry while the server still works on the abandoned requests,
 * so useful throughput collapses (measured with ./bench at 1,000 interviews/s offered: about 600 requests failed
 * after 30 s in the pool's queue, and a fraction of the offered interviews got in). Health, metrics and OpenAPI
 * ({@code /q/...}) are never limited: a busy service is still alive and ready.
 */
@ApplicationScoped
public class InFlightLimit {

    private static final String BODY = "{\"type\":\"https://tactful.dev/problems/overloaded\",\"title\":\"Overloaded\","
            + "\"status\":503,\"detail\":\"Too many requests are in progress; retry after the time in Retry-After.\"}";

    @ConfigProperty(name = "tactful.http.max-in-flight", defaultValue = "256")
    int maxInFlight;

    private final AtomicInteger inFlight = new AtomicInteger();

    void install(@Observes Router router, MeterRegistry registry) {
        Counter shed = registry.counter("tactful.http.shed");
        registry.gauge("tactful.http.in.flight", inFlight);
        // Before every other route, so a shed request costs no authentication, parsing or database work.
        router.route("/api/*").order(Integer.MIN_VALUE).handler(rc -> admit(rc, shed));
    }

    private void admit(RoutingContext rc, Counter shed) {
        if (inFlight.incrementAndGet() > maxInFlight) {
            inFlight.decrementAndGet();
            shed.increment();
            rc.response().setStatusCode(503).putHeader("Retry-After", "1")
                    .putHeader("Content-Type", "application/problem+json").end(BODY);
            return;
        }
        // Called when the response ends and also when the client goes away first.
        rc.addEndHandler(done -> inFlight.decrementAndGet());
        rc.next();
    }
}
