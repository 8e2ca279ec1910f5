package dev.tactful.interview.me;

import java.io.InputStream;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import dev.tactful.support.erasure.ErasureHold;
import io.smallrye.mutiny.Uni;

/**
 * The other services' parts of an export. Each is called with the candidate's own bearer token, so each service
 * checks the candidate itself and interview-service cannot ask for anyone else's data. The bodies are read as
 * streams and copied into the export without being parsed.
 */
public final class PartClients {

    private PartClients() {
    }

    /** The planner's part: plans, each follow-up with its rule and reason; and the hold that stops its timers. */
    @RegisterRestClient(configKey = "planner")
    @Path("/api/v1/me")
    public interface Planner {
        @GET
        @Path("export")
        @Produces(MediaType.APPLICATION_JSON)
        InputStream export(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);

        @PUT
        @Path("erasure")
        @Consumes(MediaType.APPLICATION_JSON)
        Uni<Void> hold(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, ErasureHold hold);
    }

    /** The notifier's part: deliveries with their rendered texts, notices; and the hold that stops its sends. */
    @RegisterRestClient(configKey = "notifier")
    @Path("/api/v1/me")
    public interface Notifier {
        @GET
        @Path("export")
        @Produces(MediaType.APPLICATION_JSON)
        InputStream export(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);

        @PUT
        @Path("erasure")
        @Consumes(MediaType.APPLICATION_JSON)
        Uni<Void> hold(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, ErasureHold hold);
    }

    /** inbox-service's part: the mailbox connection without its secret, the sync state. */
    @RegisterRestClient(configKey = "inbox")
    @Path("/api/v1/me/export")
    public interface Inbox {
        @GET
        @Produces(MediaType.APPLICATION_JSON)
        InputStream export(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);
    }
}
