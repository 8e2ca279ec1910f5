package dev.tactful.support;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.jboss.logging.Logger;

/** Last resort: the client gets a plain 500 problem, the log gets the stack trace, nobody gets both. */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class);

    @Override
    public Response toResponse(Exception e) {
        LOG.errorf(e, "Unexpected error answering a request (%s)", e.getClass().getSimpleName());
        return Problems.status(500, "Internal error", "The service could not complete the request.");
    }
}
