package dev.tactful.support;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import dev.tactful.support.Problem.FieldError;

/**
 * Thrown by service code to answer with a ready problem response (e.g. a business check on one field).
 * {@link WebApplicationExceptionMapper} passes its response through unchanged.
 */
public class ProblemException extends WebApplicationException {

    public ProblemException(Response problemResponse) {
        super(problemResponse);
    }

    public static ProblemException badRequest(String field, String message) {
        return new ProblemException(Problems.badRequest(field, message));
    }

    public static ProblemException badRequest(java.util.List<FieldError> errors) {
        return new ProblemException(Problems.badRequest(errors));
    }

    public static ProblemException unauthorized(String detail) {
        return new ProblemException(Problems.unauthorized(detail));
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(Problems.notFound(detail));
    }

    public static ProblemException unprocessable(String detail) {
        return new ProblemException(Problems.unprocessable(detail));
    }

    public static ProblemException tooManyRequests(String detail, java.time.Duration retryAfter) {
        return new ProblemException(Problems.tooManyRequests(detail, retryAfter));
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(Problems.conflict(detail));
    }

    /** No stack trace: these are expected answers, not failures, and are thrown per request. */
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
