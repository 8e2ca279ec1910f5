package dev.tactful.interview.me;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import dev.tactful.support.Problem;
import dev.tactful.support.ProblemException;
import dev.tactful.support.Problems;
import dev.tactful.support.auth.CurrentCandidate;
import dev.tactful.support.time.MachineTime;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;

/**
 * The signed-in candidate's data as a whole: take it ({@code GET /api/v1/me/export}) or erase it
 * ({@code DELETE /api/v1/me}). interview-service is the one door: it composes the export from every service's
 * candidate-scoped part, and it starts the erasure that every service then carries out.
 */
@Path("/api/v1/me")
@Authenticated
@Tag(name = "Your data", description = "Export or erase everything Tactful holds about the signed-in candidate")
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class MeResource {

    private static final Logger LOG = Logger.getLogger(MeResource.class);
    private static final JsonFactory JSON = new JsonFactory();

    @Inject
    CurrentCandidate candidate;

    @Inject
    CandidateEraser eraser;

    @Inject
    InterviewExport interviews;

    @Inject
    @MachineTime
    Clock machine;

    @Inject
    @RestClient
    PartClients.Planner planner;

    @Inject
    @RestClient
    PartClients.Notifier notifier;

    @Inject
    @RestClient
    PartClients.Inbox inbox;

    /** How long every Kafka topic keeps a record (the topics' retention.ms; events' Topics.RETENTION by default). */
    @ConfigProperty(name = "tactful.erasure.kafka-retention", defaultValue = "P7D")
    Duration kafkaRetention;

    /**
     * How long a topic's open segment may stay open (segment.ms): the broker deletes whole closed segments, so a
     * record can outlive the retention by up to this much.
     */
    @ConfigProperty(name = "tactful.erasure.kafka-segment-roll", defaultValue = "P1D")
    Duration segmentRoll;

    /** Without the inbox part (a deployment without inbox-service), the export says so instead of failing. */
    @ConfigProperty(name = "tactful.export.inbox.enabled", defaultValue = "true")
    boolean inboxEnabled;

    @DELETE
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Erase everything Tactful holds about me", description = "Deletes the candidate's interviews and "
            + "outcomes here at once and announces tactful.candidate.erased.v1, on which every other service deletes its "
            + "rows for the candidate and stops anything pending (no follow-up is sent after this answer). Copies on Kafka "
            + "expire with the topics' retention; lastCopyGoneBy says when. Repeating the request is harmless.")
    @APIResponse(responseCode = "202", description = "Accepted: erased here, erasure under way in the other services",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErasureAccepted.class)))
    @APIResponse(responseCode = "503", description = "The planner or the notifier could not be told to stop; nothing was erased",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> erase(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        String candidateId = candidate.id();
        java.util.UUID erasureId = java.util.UUID.randomUUID();
        Instant erasedAt = eraser.businessNow();
        dev.tactful.support.erasure.ErasureHold hold = new dev.tactful.support.erasure.ErasureHold(erasureId, erasedAt);
        // Before anything is deleted and the 202 goes out, the planner and the notifier record the tombstone, each
        // with the candidate's own token: from then on no timer of theirs is claimed and no delivery is sent, however
        // long the announcement takes to reach them. Without both, nothing is erased and the caller retries (503).
        Uni<Void> holds = Uni.combine().all().unis(planner.hold(authorization, hold), notifier.hold(authorization, hold))
                .discardItems()
                .onFailure().transform(t -> {
                    LOG.warnf("Erasure: a service could not be told to hold (%s)", t.getClass().getSimpleName());
                    return new ProblemException(Problems.status(503, "Erasure unavailable",
                            "Tactful could not stop everything pending for you right now, so nothing was erased. Try again shortly."));
                });
        return holds.chain(() -> eraser.erase(candidateId, erasureId, erasedAt)).map(e -> {
            Instant now = machine.instant();
            Instant lastCopy = now.plus(kafkaRetention).plus(segmentRoll);
            Instant tombstoneUntil = now.plus(eraser.tombstoneKeep());
            String what = e.alreadyErased()
                    ? "This account was already erased; nothing else was stored for it since."
                    : "Your interviews and outcomes are deleted. The planner, the notifier and the inbox service delete "
                            + "your plans, follow-ups, deliveries with their texts and any mailbox connection within "
                            + "moments, and nothing more is sent for you. Events on Kafka that still mention you expire "
                            + "with the topics' retention. A hash of your account id (not the id) is kept until "
                            + "tombstoneUntil so that late events are dropped; until then no new interviews can be "
                            + "logged with this account.";
            // Every instant of the answer is real (machine) time: Kafka's retention and the tombstone's age run on it,
            // whatever a simulated business clock shows (the event's erasedAt is business time, like every event's).
            ErasureAccepted body = new ErasureAccepted(e.erasureId(), now, e.interviews(), e.alreadyErased(), what,
                    kafkaRetention.toString(), lastCopy, tombstoneUntil);
            return Response.accepted(body).type(MediaType.APPLICATION_JSON).build();
        });
    }

    @GET
    @Path("export")
    @Blocking
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Export everything Tactful holds about me", description = "One JSON document, streamed: the "
            + "interviews with their outcomes (interview-service), the plans with every follow-up's rule and reason "
            + "(planner-service), the deliveries with their rendered texts (notifier-service) and the mailbox connection "
            + "without its password (inbox-service). Each part is asked of its service with the caller's own token.")
    @APIResponse(responseCode = "200", description = "The export",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExportDocument.class)))
    @APIResponse(responseCode = "503", description = "A service holding part of the data could not be asked; nothing partial is sent",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response export(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        String candidateId = candidate.id();
        // Every part is opened before the first byte goes out: once the 200 is sent, a failing service could only
        // cut the document short, and a half export must not look like a whole one.
        List<InputStream> opened = new ArrayList<>();
        InputStream plannerPart = open("planner-service", () -> planner.export(authorization), opened);
        InputStream notifierPart = open("notifier-service", () -> notifier.export(authorization), opened);
        InputStream inboxPart = inboxEnabled ? open("inbox-service", () -> inbox.export(authorization), opened) : null;
        Instant exportedAt = machine.instant();
        StreamingOutput body = out -> {
            try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
                g.writeStartObject();
                g.writeStringField("candidateId", candidateId);
                g.writeStringField("exportedAt", exportedAt.toString());
                g.writeFieldName("interviewService");
                interviews.write(candidateId, g);
                copyPart(g, out, "plannerService", plannerPart);
                copyPart(g, out, "notifierService", notifierPart);
                copyPart(g, out, "inboxService", inboxPart);
                g.writeEndObject();
            } finally {
                opened.forEach(MeResource::closeQuietly);
            }
        };
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE)
                .header("Content-Disposition", "attachment; filename=\"tactful-export.json\"").build();
    }

    /** Copies a part's JSON document unparsed, as the value of {@code field}. */
    private static void copyPart(JsonGenerator g, OutputStream out, String field, InputStream part) throws IOException {
        g.writeFieldName(field);
        if (part == null) {
            g.writeNull();
            return;
        }
        // An empty raw value makes the generator write the separator and count the value as written (so the next
        // field gets its comma); after the flush the part's bytes go straight to the response, never parsed or held.
        g.writeRawValue("");
        g.flush();
        part.transferTo(out);
    }

    private InputStream open(String service, java.util.function.Supplier<InputStream> call, List<InputStream> opened) {
        try {
            InputStream in = call.get();
            opened.add(in);
            return in;
        } catch (RuntimeException e) {
            opened.forEach(MeResource::closeQuietly);
            LOG.warnf("Export: %s could not be asked (%s)", service, e.getClass().getSimpleName());
            throw new ProblemException(Problems.status(503, "Export unavailable",
                    "Part of your data is held by " + service + ", which could not be reached. Try again shortly."));
        }
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException | UncheckedIOException e) {
            // nothing to do: the stream was only being read
        }
    }
}
