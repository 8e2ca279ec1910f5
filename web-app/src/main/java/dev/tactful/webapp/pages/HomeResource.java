package dev.tactful.webapp.pages;

import java.net.URI;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/** The root: signed in, the interviews; otherwise the session filter sends the browser to sign in. */
@Path("/")
public class HomeResource {

    @GET
    public Response home() {
        return Response.seeOther(URI.create("/interviews")).build();
    }
}
