package dev.tactful.webapp.api;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import io.quarkus.rest.client.reactive.ClientExceptionMapper;

import com.fasterxml.jackson.databind.JsonNode;

import io.smallrye.mutiny.Uni;

/** The candidate's data as a whole, at interview-service: the export of every service's part, and the erasure. */
@RegisterRestClient(configKey = "interview")
@Path("/api/v1/me")
@Produces(MediaType.APPLICATION_JSON)
public interface MeApi {

    @GET
    @Path("export")
    Uni<String> export(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer);

    /** 202 with what happens next and when the last copy is gone. */
    @DELETE
    Uni<JsonNode> erase(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer);

    @ClientExceptionMapper
    static RuntimeException toException(Response response) {
        return ErrorResponses.toException(response);
    }
}
