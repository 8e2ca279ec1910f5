package dev.tactful.webapp.pages;

import java.net.URI;

import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/** The root: signed in, the interviews; otherwise the session filter sends the browser to sign in. */
// Never blocks (reactive clients and database, templates in memory): on the event loop, where the session
// filter's reactive database check must run.
@NonBlocking
@Path("/")
public class HomeResource {

    @GET
    public Response home() {
        return Response.seeOther(URI.create("/interviews")).build();
    }
}
