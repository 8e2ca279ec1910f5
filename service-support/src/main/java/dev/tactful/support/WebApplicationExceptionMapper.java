package dev.tactful.support;

import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * HTTP errors raised by the framework (unknown path, wrong method, wrong content type) answered as problems.
 * A request body that is not JSON is bad input, so it is a 400 naming the Content-Type header.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException e) {
        Response original = e.getResponse();
        if (original != null && original.getEntity() instanceof Problem) {
            // Already a problem (e.g. ProblemException from service code): answer it as it is.
            return original;
        }
        if (e instanceof NotSupportedException) {
            return Problems.badRequest("Content-Type", "The request body must be application/json.");
        }
        if (e.getCause() instanceof JsonProcessingException json) {
            // Quarkus REST wraps malformed JSON and some binding failures in a 400 WebApplicationException.
            return JsonInputMapper.problem(json);
        }
        int status = original == null ? 500 : original.getStatus();
        if (status == 400) {
            return Problems.badRequest("body", "The request could not be read.");
        }
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type == null ? "HTTP " + status : type.getReasonPhrase();
        String detail = status >= 500 ? "The service could not complete the request." : title + ".";
        Response.ResponseBuilder builder = Response.fromResponse(Problems.status(status, title, detail));
        if (original != null && original.getHeaderString("Allow") != null) {
            builder.header("Allow", original.getHeaderString("Allow"));
        }
        return builder.build();
    }
}
