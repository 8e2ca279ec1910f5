package dev.tactful.notifier.outbox;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;

/** Outbox rows written in a Panache transaction; the relay (service-support) reads and marks them with its own SQL. */
@ApplicationScoped
public class OutboxRepository implements PanacheRepositoryBase<OutboxEntity, UUID> {
}
