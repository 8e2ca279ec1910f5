package dev.tactful.webapp.api;

import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import io.quarkus.rest.client.reactive.ClientExceptionMapper;

import dev.tactful.webapp.api.Dtos.Interview;
import dev.tactful.webapp.api.Dtos.InterviewPage;
import dev.tactful.webapp.api.Dtos.InterviewerPatch;
import dev.tactful.webapp.api.Dtos.LogInterview;
import dev.tactful.webapp.api.Dtos.Outcome;
import dev.tactful.webapp.api.Dtos.OutcomeRequest;
import io.smallrye.mutiny.Uni;

/** interview-service's REST API (port 8081 locally), always called with the candidate's own token. */
@RegisterRestClient(configKey = "interview")
@Path("/api/v1/interviews")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface InterviewApi {

    @GET
    Uni<InterviewPage> list(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @QueryParam("page") int page,
            @QueryParam("size") int size);

    @GET
    @Path("{id}")
    Uni<Interview> get(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") UUID id);

    @POST
    Uni<Interview> log(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
            @HeaderParam("Idempotency-Key") String idempotencyKey, LogInterview body);

    @POST
    @Path("{id}/outcomes")
    Uni<Outcome> logOutcome(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") UUID id,
            @HeaderParam("Idempotency-Key") String idempotencyKey, OutcomeRequest body);

    @PATCH
    @Path("{id}/interviewers/{interviewerId}")
    Uni<Interview> patchInterviewer(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") UUID id,
            @PathParam("interviewerId") String interviewerId, InterviewerPatch body);

    @ClientExceptionMapper
    static RuntimeException toException(Response response) {
        return ErrorResponses.toException(response);
    }
}
