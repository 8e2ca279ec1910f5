package dev.tactful.webapp.api;

import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import io.quarkus.rest.client.reactive.ClientExceptionMapper;

import dev.tactful.webapp.api.Dtos.FollowUp;
import dev.tactful.webapp.api.Dtos.Plan;
import dev.tactful.webapp.api.Dtos.SnoozeRequest;
import io.smallrye.mutiny.Uni;

/** planner-service's REST API (port 8082 locally). */
@RegisterRestClient(configKey = "planner")
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface PlannerApi {

    @GET
    @Path("plans/{interviewId}")
    Uni<Plan> plan(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("interviewId") UUID interviewId);

    @POST
    @Path("followups/{id}/skip")
    Uni<FollowUp> skip(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") UUID id);

    @POST
    @Path("followups/{id}/snooze")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<FollowUp> snooze(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") UUID id, SnoozeRequest body);

    @ClientExceptionMapper
    static RuntimeException toException(Response response) {
        return ErrorResponses.toException(response);
    }
}
