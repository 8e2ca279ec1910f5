package dev.tactful.infra;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** The three servers together; started in parallel because PostgreSQL mostly waits on its own process. */
final class InfraServers {

    /** One database per service, created on start. */
    static final List<String> DATABASES = List.of("interview", "planner", "notifier", "webapp", "inbox");

    final EmbeddedKafka kafka;
    final EmbeddedPg postgres;
    final EmbeddedMail mail;

    InfraServers(EmbeddedKafka kafka, EmbeddedPg postgres, EmbeddedMail mail) {
        this.kafka = kafka;
        this.postgres = postgres;
        this.mail = mail;
    }

    void start() {
        List<CompletableFuture<Void>> starting = new ArrayList<>();
        starting.add(CompletableFuture.runAsync(kafka::start));
        starting.add(CompletableFuture.runAsync(() -> {
            postgres.start();
            DATABASES.forEach(postgres::ensureDatabase);
        }));
        starting.add(CompletableFuture.runAsync(mail::start));
        try {
            CompletableFuture.allOf(starting.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            stop();
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw cause instanceof RuntimeException re ? re : new IllegalStateException(cause);
        }
    }

    /** Stops everything, each server independently, so one failure doesn't leave the others running. */
    void stop() {
        CompletableFuture.allOf(
                CompletableFuture.runAsync(kafka::stop),
                CompletableFuture.runAsync(postgres::stop),
                CompletableFuture.runAsync(mail::stop))
                .exceptionally(e -> null)
                .join();
    }

    static Path under(Path dir, String name) {
        return dir == null ? null : dir.resolve(name);
    }
}
