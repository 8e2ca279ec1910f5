package dev.tactful.webapp.web;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import dev.tactful.webapp.api.ApiException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Errors as pages: nothing a user types or clicks ends in a stack trace. Another candidate's id, a made-up id and
 * a missing page all look the same (404), as the services answer them.
 */
public class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

    @CheckedTemplate(basePath = "errors")
    static class Templates {
        static native TemplateInstance error(int status, String title, String detail);

        /** A form refused for its security token: the same page, without the header's sign-out form. */
        static native TemplateInstance refused(int status, String title, String detail);
    }

    public static Response page(int status, String title, String detail) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE).entity(Templates.error(status, title, detail)).build();
    }

    public static Response notFound() {
        return page(404, "Not found", "There is nothing here, or it is not yours to see.");
    }

    @ServerExceptionMapper
    public Response api(ApiException e) {
        return switch (e.status()) {
            case 404 -> notFound();
            case 401, 403 -> page(403, "Not allowed", "Your sign-in is no longer accepted. Sign out and sign in again.");
            case 400, 409, 422 -> page(e.status(), "That did not work", e.problem().detail() == null
                    ? "The request was refused." : e.problem().detail());
            default -> {
                LOG.warnf("Service error %d: %s", e.status(), e.problem().detail());
                yield page(503, "Tactful is busy", "A part of Tactful did not answer properly. Try again in a moment.");
            }
        };
    }

    @ServerExceptionMapper
    public Response unreachable(ProcessingException e) {
        LOG.warnf("Service unreachable: %s", e.getMessage());
        return page(503, "Tactful is busy", "A part of Tactful cannot be reached right now. Try again in a moment.");
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return notFound();
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("Request failed", e);
            return page(500, "Something went wrong", "It was not your fault. Try again in a moment.");
        }
        return page(status, "That did not work", "The request could not be handled (" + status + ").");
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        LOG.error("Request failed", e);
        return page(500, "Something went wrong", "It was not your fault. Try again in a moment.");
    }
}
