package dev.tactful.notifier.api;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.tactful.support.auth.CurrentCandidate;
import io.quarkus.security.Authenticated;
import dev.tactful.support.erasure.ErasureHold;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The notifier's part of a candidate's export (interview-service composes the whole one): every delivery of the
 * token's candidate with exactly what was (or would have been) sent, and the notices Tactful mailed them about it.
 */
@Path("/api/v1/me")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
@Tag(name = "Your data", description = "The notifier's part of the candidate's export and erasure")
public class MeExportResource {

    /** One delivery as stored, with its rendered texts. */
    public record DeliveryExport(UUID id, UUID followUpId, UUID interviewId, String kind, String channel, String deliveryMode,
            String rule, String reason, String status, String mailFrom, String mailTo, String mailReplyTo, String subject,
            String text, String html, String holdReasons, Instant dueAt, Instant createdAt, Instant sentAt,
            List<NoticeExport> notices) {
    }

    /** A notice to the candidate about a delivery (held, uncertain). */
    public record NoticeExport(UUID id, String purpose, String mailTo, String subject, String text, String status, Instant sentAt) {
    }

    /** The notifier's part. */
    public record NotifierExport(List<DeliveryExport> deliveries) {
    }

    @Inject
    CurrentCandidate candidate;

    @Inject
    Pool pool;

    @GET
    @Path("export")
    @Operation(summary = "The notifier's part of my export", description = "Every delivery of the signed-in candidate with "
            + "its rendered subject and text, and the notices sent about it. Called by interview-service's "
            + "GET /api/v1/me/export with the candidate's token.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = NotifierExport.class)))
    public Uni<NotifierExport> export() {
        String candidateId = candidate.id();
        return pool.preparedQuery("""
                SELECT id, follow_up_id, interview_id, kind, channel, delivery_mode, rule, reason, status, mail_from, mail_to,
                       mail_reply_to, mail_subject, mail_text, mail_html, hold_reasons, due_at, created_at, sent_at
                  FROM delivery WHERE candidate_id = $1 ORDER BY created_at""").execute(Tuple.of(candidateId))
                .chain(deliveries -> pool.preparedQuery("""
                        SELECT n.id, n.delivery_id, n.purpose, n.mail_to, n.subject, n.text_body, n.status, n.sent_at
                          FROM notice n JOIN delivery d ON d.id = n.delivery_id
                         WHERE d.candidate_id = $1 ORDER BY n.created_at""").execute(Tuple.of(candidateId))
                        .map(notices -> {
                            List<DeliveryExport> out = new ArrayList<>();
                            for (Row d : deliveries) {
                                UUID id = d.getUUID("id");
                                List<NoticeExport> own = new ArrayList<>();
                                for (Row n : notices) {
                                    if (id.equals(n.getUUID("delivery_id"))) {
                                        own.add(new NoticeExport(n.getUUID("id"), n.getString("purpose"), n.getString("mail_to"),
                                                n.getString("subject"), n.getString("text_body"), n.getString("status"),
                                                instant(n, "sent_at")));
                                    }
                                }
                                out.add(new DeliveryExport(id, d.getUUID("follow_up_id"), d.getUUID("interview_id"),
                                        d.getString("kind"), d.getString("channel"), d.getString("delivery_mode"),
                                        d.getString("rule"), d.getString("reason"), d.getString("status"),
                                        d.getString("mail_from"), d.getString("mail_to"), d.getString("mail_reply_to"),
                                        d.getString("mail_subject"), d.getString("mail_text"), d.getString("mail_html"),
                                        d.getString("hold_reasons"), instant(d, "due_at"), instant(d, "created_at"),
                                        instant(d, "sent_at"), List.copyOf(own)));
                            }
                            return new NotifierExport(List.copyOf(out));
                        }));
    }

    private static Instant instant(Row r, String column) {
        OffsetDateTime t = r.getOffsetDateTime(column);
        return t == null ? null : t.toInstant();
    }

    @jakarta.ws.rs.PUT
    @Path("erasure")
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Stop everything pending for me: I am being erased", description = "Records the erasure's tombstone "
            + "(a hash of the candidate id) at once, so nothing more is sent for the signed-in candidate; the rows go when "
            + "tactful.candidate.erased.v1 arrives. Called by interview-service's DELETE /api/v1/me, with the "
            + "candidate's token, before it answers. Idempotent.")
    @APIResponse(responseCode = "204", description = "Held")
    public Uni<jakarta.ws.rs.core.Response> hold(ErasureHold hold) {
        return ErasureHold.record(pool, hold, candidate.id(), java.time.Instant.now())
                .map(v -> jakarta.ws.rs.core.Response.noContent().build());
    }
}
