package dev.tactful.notifier.api;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.type.TypeReference;

import dev.tactful.events.HoldReason;
import dev.tactful.events.cloudevents.EventJson;
import dev.tactful.notifier.delivery.Delivery;
import dev.tactful.notifier.delivery.DeliveryRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/** Reads deliveries, always scoped to one candidate, each call in a Panache session of its own. */
@ApplicationScoped
public class DeliveryQueries {

    private static final TypeReference<List<HoldReason>> REASONS = new TypeReference<>() {
    };

    @Inject
    DeliveryRepository deliveries;

    @WithSession
    public Uni<List<DeliveryView>> list(String candidateId, UUID interviewId) {
        return deliveries.ofCandidate(candidateId, interviewId).map(list -> list.stream().map(DeliveryQueries::view).toList());
    }

    /** By delivery id or by follow-up id (clients often only know the latter); null when not this candidate's. */
    @WithSession
    public Uni<DeliveryView> find(String candidateId, UUID id) {
        return deliveries.findOfCandidate(candidateId, id).map(d -> d == null ? null : view(d));
    }

    static DeliveryView view(Delivery d) {
        List<HoldReason> reasons = d.holdReasons == null ? List.of() : parse(d.holdReasons);
        return new DeliveryView(d.id, d.followUpId, d.interviewId, d.kind, d.channel, d.deliveryMode, d.status,
                d.attempts, d.rule, d.reason, new DeliveryView.Person(d.recipientName, d.recipientEmail), d.dueAt,
                d.nextAttemptAt, d.createdAt, d.updatedAt, d.sentAt, d.lastError, reasons,
                new DeliveryView.Content(d.contentSubject, d.contentText),
                new DeliveryView.Email(d.messageId, d.mailFrom, d.mailTo, d.mailReplyTo, d.mailSubject, d.mailText));
    }

    private static List<HoldReason> parse(String json) {
        try {
            return EventJson.mapper().readValue(json, REASONS);
        } catch (java.io.IOException e) {
            return List.of();
        }
    }
}
