package dev.tactful.planner.api;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.tactful.etiquette.EngineSettings;
import dev.tactful.etiquette.SendWindow;
import dev.tactful.etiquette.Touch;
import dev.tactful.etiquette.TouchSpacing;
import dev.tactful.planner.api.PlanViews.FollowUpView;
import dev.tactful.planner.api.PlanViews.SnoozeRequest;
import dev.tactful.planner.plan.FollowUp;
import dev.tactful.planner.plan.FollowUpStatus;
import dev.tactful.support.Problems;
import dev.tactful.support.auth.CurrentCandidate;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.security.Authenticated;
import dev.tactful.support.time.BusinessTime;
import io.smallrye.mutiny.Uni;

/**
 * The candidate's say over single follow-ups. Both actions lock the row, so they cannot race the poller: if it is
 * being fired right now, the request waits for that and then answers 409 (it is FIRED).
 */
@Path("/api/v1/followups")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Follow-ups", description = "Skip or snooze one planned follow-up")
public class FollowUpResource {

    @Inject
    CurrentCandidate candidate;

    @Inject
    @BusinessTime
    Clock clock;

    @Inject
    EngineSettings settings;

    @POST
    @Path("{id}/skip")
    @WithTransaction
    @Operation(summary = "Skip a planned follow-up", description = "It will not be sent. Only PLANNED follow-ups can be skipped.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = FollowUpView.class)))
    @APIResponse(responseCode = "404", description = "No such follow-up for this candidate", content = @Content(mediaType = Problems.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "Not PLANNED any more", content = @Content(mediaType = Problems.MEDIA_TYPE))
    public Uni<Response> skip(@PathParam("id") UUID id) {
        return ownPlanned(id, followUp -> {
            Instant now = clock.instant();
            followUp.status = FollowUpStatus.SKIPPED;
            followUp.statusReason = "Skipped by the candidate.";
            followUp.updatedAt = now;
            return Uni.createFrom().item(Response.ok(FollowUpView.of(followUp)).build());
        });
    }

    @POST
    @Path("{id}/snooze")
    @Consumes(MediaType.APPLICATION_JSON)
    @WithTransaction
    @Operation(summary = "Snooze a planned follow-up",
            description = "Moves it to the first send window of the recipient at or after `until` (R11). Refused with 409 "
                    + "when that would bring two messages to one person on one channel closer than the minimum spacing (R7).")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = FollowUpView.class)))
    @APIResponse(responseCode = "400", description = "`until` missing, malformed or not in the future", content = @Content(mediaType = Problems.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such follow-up for this candidate", content = @Content(mediaType = Problems.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "Not PLANNED any more, or the touch limits forbid that time", content = @Content(mediaType = Problems.MEDIA_TYPE))
    public Uni<Response> snooze(@PathParam("id") UUID id, @Valid @NotNull SnoozeRequest request) {
        Instant now = clock.instant();
        if (!request.until().isAfter(now)) {
            return Uni.createFrom().item(Problems.badRequest("until", "must be in the future"));
        }
        return ownPlanned(id, followUp -> {
            Instant due = new SendWindow(settings).firstAtOrAfter(request.until(), followUp.zone(), followUp.kind.employerFacing());
            return FollowUp.<FollowUp>list("interviewId = ?1 and id <> ?2 and channel = ?3 and status in ?4",
                    followUp.interviewId, followUp.id, followUp.channel, List.of(FollowUpStatus.PLANNED, FollowUpStatus.FIRED))
                    .map(others -> {
                        // A sent message counts from when it went out, a planned one from when it is due.
                        List<Touch> touches = others.stream()
                                .map(other -> other.touchAt(other.firedAt != null ? other.firedAt : other.dueAt))
                                .toList();
                        Touch moved = followUp.touchAt(due);
                        Optional<Touch> inTheWay = new TouchSpacing(settings).firstTooClose(moved, touches);
                        if (inTheWay.isPresent()) {
                            return Problems.conflict("R7: that would put this " + moved.kind().label()
                                    + " within " + settings.minDaysBetweenTouches() + " days of the "
                                    + inTheWay.get().kind().label() + " to the same person on the same channel. "
                                    + "Pick another time.");
                        }
                        followUp.snoozedUntil = request.until();
                        followUp.dueAt = due;
                        followUp.statusReason = "Snoozed by the candidate until " + request.until()
                                + "; due at the recipient's first send window from then (R11).";
                        followUp.updatedAt = clock.instant();
                        return Response.ok(FollowUpView.of(followUp)).build();
                    });
        });
    }

    private Uni<Response> ownPlanned(UUID id, java.util.function.Function<FollowUp, Uni<Response>> action) {
        String candidateId = candidate.id();
        return FollowUp.<FollowUp>findById(id, LockModeType.PESSIMISTIC_WRITE).chain(followUp -> {
            if (followUp == null || !followUp.candidateId.equals(candidateId)) {
                return Uni.createFrom().item(Problems.notFound("No follow-up " + id + "."));
            }
            if (followUp.status != FollowUpStatus.PLANNED) {
                return Uni.createFrom().item(Problems.conflict("Follow-up " + id + " is " + followUp.status
                        + "; only PLANNED follow-ups can be changed."));
            }
            return action.apply(followUp);
        });
    }
}
