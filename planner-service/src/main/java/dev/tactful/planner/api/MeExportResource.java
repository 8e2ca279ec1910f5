package dev.tactful.planner.api;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.tactful.planner.api.PlanViews.PlanView;
import dev.tactful.planner.plan.FollowUp;
import dev.tactful.planner.plan.InterviewSnapshot;
import dev.tactful.planner.plan.PlanNote;
import dev.tactful.support.auth.CurrentCandidate;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Multi;
import dev.tactful.support.erasure.ErasureHold;
import io.smallrye.mutiny.Uni;

/**
 * The planner's part of a candidate's export (interview-service composes the whole one): every plan of the
 * token's candidate, each follow-up with its rule and reason, and every suppression and flag.
 */
@Path("/api/v1/me")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Your data", description = "The planner's part of the candidate's export and erasure")
public class MeExportResource {

    /** The planner's part. */
    public record PlannerExport(@Schema(description = "One plan per interview, as GET /api/v1/plans/{id} shows it") List<PlanView> plans) {
    }

    @Inject
    CurrentCandidate candidate;

    @Inject
    io.vertx.mutiny.sqlclient.Pool pool;

    @GET
    @Path("export")
    @WithSession
    @Operation(summary = "The planner's part of my export", description = "Every plan of the signed-in candidate. "
            + "Called by interview-service's GET /api/v1/me/export with the candidate's token.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PlannerExport.class)))
    public Uni<PlannerExport> export() {
        String candidateId = candidate.id();
        return InterviewSnapshot.<InterviewSnapshot>list("candidateId = ?1 order by updatedAt", candidateId)
                .chain(snapshots -> Multi.createFrom().iterable(snapshots)
                        .onItem().transformToUniAndConcatenate(s -> FollowUp.<FollowUp>list(
                                "interviewId = ?1 order by dueAt, kind, planKey", s.id)
                                .chain(followUps -> PlanNote.<PlanNote>list("interviewId = ?1 order by noteType, position", s.id)
                                        .map(notes -> PlanView.of(s, followUps, notes))))
                        .collect().in(ArrayList<PlanView>::new, List::add))
                .map(plans -> new PlannerExport(List.copyOf(plans)));
    }

    @jakarta.ws.rs.PUT
    @Path("erasure")
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Stop everything pending for me: I am being erased", description = "Records the erasure's tombstone "
            + "(a hash of the candidate id) at once, so nothing more is fired for the signed-in candidate; the rows go when "
            + "tactful.candidate.erased.v1 arrives. Called by interview-service's DELETE /api/v1/me, with the "
            + "candidate's token, before it answers. Idempotent.")
    @APIResponse(responseCode = "204", description = "Held")
    public Uni<jakarta.ws.rs.core.Response> hold(ErasureHold hold) {
        return ErasureHold.record(pool, hold, candidate.id(), java.time.Instant.now())
                .map(v -> jakarta.ws.rs.core.Response.noContent().build());
    }
}
