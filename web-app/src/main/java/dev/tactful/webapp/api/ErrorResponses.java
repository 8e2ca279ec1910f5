package dev.tactful.webapp.api;

import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;

/** Turns a service's error response into an {@link ApiException}; shared by the REST clients' exception mappers. */
final class ErrorResponses {

    private static final Logger LOG = Logger.getLogger(ErrorResponses.class);

    private ErrorResponses() {
    }

    static RuntimeException toException(Response response) {
        int status = response.getStatus();
        Problem problem = null;
        try {
            if (response.hasEntity()) {
                problem = response.readEntity(Problem.class);
            }
        } catch (RuntimeException e) {
            // Not a problem document (e.g. a proxy's HTML page): the status alone has to do.
            LOG.debugf("Unreadable error body for status %d: %s", status, e.getMessage());
        }
        return new ApiException(status, problem);
    }
}
