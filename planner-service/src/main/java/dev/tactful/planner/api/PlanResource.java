package dev.tactful.planner.api;

import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
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

import dev.tactful.planner.api.PlanViews.PlanView;
import dev.tactful.planner.plan.FollowUp;
import dev.tactful.planner.plan.InterviewSnapshot;
import dev.tactful.planner.plan.PlanNote;
import dev.tactful.support.Problems;
import dev.tactful.support.auth.CurrentCandidate;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/plans")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plans", description = "What will be sent, when, and why")
public class PlanResource {

    @Inject
    CurrentCandidate candidate;

    @GET
    @Path("{interviewId}")
    @WithSession
    @Operation(summary = "The plan of an interview",
            description = "Every follow-up with its status, due time (UTC and the recipient's local time), rule and reason, "
                    + "plus every suppression and flag.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "404", description = "No such interview for this candidate",
            content = @Content(mediaType = Problems.MEDIA_TYPE))
    public Uni<Response> plan(@PathParam("interviewId") UUID interviewId) {
        String candidateId = candidate.id();
        return InterviewSnapshot.<InterviewSnapshot>findById(interviewId).chain(snapshot -> {
            // Another candidate's interview is indistinguishable from a missing one.
            if (snapshot == null || !snapshot.candidateId.equals(candidateId)) {
                return Uni.createFrom().item(Problems.notFound("No plan for interview " + interviewId + "."));
            }
            return FollowUp.<FollowUp>list("interviewId = ?1 order by dueAt, kind, planKey", interviewId)
                    .chain(followUps -> PlanNote.<PlanNote>list("interviewId = ?1 order by noteType, position", interviewId)
                            .map(notes -> Response.ok(PlanView.of(snapshot, followUps, notes)).build()));
        });
    }
}
