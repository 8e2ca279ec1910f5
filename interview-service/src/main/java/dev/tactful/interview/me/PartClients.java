package dev.tactful.interview.me;

import java.io.InputStream;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The other services' parts of an export. Each is called with the candidate's own bearer token, so each service
 * checks the candidate itself and interview-service cannot ask for anyone else's data. The bodies are read as
 * streams and copied into the export without being parsed.
 */
public final class PartClients {

    private PartClients() {
    }

    /** The planner's part: plans, each follow-up with its rule and reason. */
    @RegisterRestClient(configKey = "planner")
    @Path("/api/v1/me/export")
    public interface Planner {
        @GET
        @Produces(MediaType.APPLICATION_JSON)
        InputStream export(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);
    }

    /** The notifier's part: deliveries with their rendered texts, notices, webhook calls. */
    @RegisterRestClient(configKey = "notifier")
    @Path("/api/v1/me/export")
    public interface Notifier {
        @GET
        @Produces(MediaType.APPLICATION_JSON)
        InputStream export(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);
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
