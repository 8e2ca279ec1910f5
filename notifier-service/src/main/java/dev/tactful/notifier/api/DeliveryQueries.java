package dev.tactful.notifier.api;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.type.TypeReference;

import dev.tactful.events.HoldReason;
import dev.tactful.events.cloudevents.EventJson;
import dev.tactful.notifier.delivery.DeliveryRow;
import dev.tactful.notifier.support.Sql;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;

/** Reads deliveries, always scoped to one candidate. */
@ApplicationScoped
public class DeliveryQueries {

    private static final TypeReference<List<HoldReason>> REASONS = new TypeReference<>() {
    };

    @Inject
    Pool pool;

    public Uni<List<DeliveryView>> list(String candidateId, UUID interviewId) {
        String sql = "select * from delivery where candidate_id = $1"
                + (interviewId == null ? "" : " and interview_id = $2") + " order by created_at, id";
        var args = interviewId == null ? Sql.args(candidateId) : Sql.args(candidateId, interviewId);
        return pool.preparedQuery(sql).execute(args).map(rows -> {
            List<DeliveryView> out = new ArrayList<>();
            for (Row r : rows) {
                out.add(view(DeliveryRow.of(r)));
            }
            return out;
        });
    }

    /** By delivery id or by follow-up id (clients often only know the latter); null when not this candidate's. */
    public Uni<DeliveryView> find(String candidateId, UUID id) {
        return pool.preparedQuery("select * from delivery where candidate_id = $1 and (id = $2 or follow_up_id = $2) limit 1")
                .execute(Sql.args(candidateId, id))
                .map(rows -> rows.iterator().hasNext() ? view(DeliveryRow.of(rows.iterator().next())) : null);
    }

    static DeliveryView view(DeliveryRow d) {
        List<HoldReason> reasons = d.holdReasons() == null ? List.of() : parse(d.holdReasons());
        return new DeliveryView(d.id(), d.followUpId(), d.interviewId(), d.kind(), d.channel(), d.deliveryMode(), d.status(),
                d.attempts(), d.rule(), d.reason(), new DeliveryView.Person(d.recipientName(), d.recipientEmail()), d.dueAt(),
                d.nextAttemptAt(), d.createdAt(), d.updatedAt(), d.sentAt(), d.lastError(), reasons,
                new DeliveryView.Content(d.contentSubject(), d.contentText()),
                new DeliveryView.Email(d.messageId(), d.mailFrom(), d.mailTo(), d.mailReplyTo(), d.mailSubject(), d.mailText()));
    }

    private static List<HoldReason> parse(String json) {
        try {
            return EventJson.mapper().readValue(json, REASONS);
        } catch (java.io.IOException e) {
            return List.of();
        }
    }
}
