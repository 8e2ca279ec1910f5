package dev.tactful.webapp.api;

import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import io.quarkus.rest.client.reactive.ClientExceptionMapper;

import dev.tactful.webapp.api.Dtos.Delivery;
import io.smallrye.mutiny.Uni;

/** notifier-service's REST API (port 8083 locally). */
@RegisterRestClient(configKey = "notifier")
@Path("/api/v1/deliveries")
@Produces(MediaType.APPLICATION_JSON)
public interface NotifierApi {

    @GET
    Uni<List<Delivery>> list(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @QueryParam("interviewId") UUID interviewId);

    /** By delivery id or follow-up id. */
    @GET
    @Path("{id}")
    Uni<Delivery> get(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") UUID id);

    @ClientExceptionMapper
    static RuntimeException toException(Response response) {
        return ErrorResponses.toException(response);
    }
}
