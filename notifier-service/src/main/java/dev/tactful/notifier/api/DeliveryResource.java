package dev.tactful.notifier.api;

import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.tactful.support.Problems;
import dev.tactful.support.auth.CurrentCandidate;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/deliveries")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Deliveries", description = "What was (or will be) delivered for each follow-up")
@SecurityRequirement(name = "jwt")
public class DeliveryResource {

    @Inject
    DeliveryQueries queries;

    @Inject
    CurrentCandidate candidate;

    @GET
    @Operation(summary = "List your deliveries", description = "Optionally only those of one interview.")
    @APIResponse(responseCode = "200", description = "Deliveries, oldest first")
    @APIResponse(responseCode = "400", description = "interviewId is not a UUID")
    public Uni<Response> list(@Parameter(description = "Only deliveries of this interview") @QueryParam("interviewId") String interviewId) {
        UUID interview = null;
        if (interviewId != null && !interviewId.isBlank()) {
            interview = uuid(interviewId);
            if (interview == null) {
                return Uni.createFrom().item(Problems.badRequest("interviewId", "Must be a UUID."));
            }
        }
        return queries.list(candidate.id(), interview).map(list -> Response.ok(list).build());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One delivery", description = "By delivery id or follow-up id: status, tries, timestamps and rendered content.")
    @APIResponse(responseCode = "200", description = "The delivery")
    @APIResponse(responseCode = "404", description = "No such delivery among yours")
    public Uni<Response> get(@PathParam("id") String id) {
        UUID uuid = uuid(id);
        if (uuid == null) {
            return Uni.createFrom().item(Problems.notFound("No delivery " + id + "."));
        }
        return queries.find(candidate.id(), uuid).map(view -> view == null
                ? Problems.notFound("No delivery " + id + ".")
                : Response.ok(view).build());
    }

    static UUID uuid(String s) {
        try {
            return UUID.fromString(s.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

}
