package dev.tactful.support;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import dev.tactful.support.Problem.FieldError;

/** Builds {@code application/problem+json} responses the same way in every service. */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE);
    private static final String TYPE_BASE = "https://tactful.dev/problems/";

    private Problems() {
    }

    public static Response badRequest(List<FieldError> errors) {
        String fields = errors.stream().map(FieldError::field).distinct().collect(Collectors.joining(", "));
        return response(new Problem(TYPE_BASE + "invalid-input", "Invalid input", 400,
                "Please correct: " + fields, null, errors));
    }

    public static Response badRequest(String field, String message) {
        return badRequest(List.of(new FieldError(field, message)));
    }

    /**
     * 401 for a token that verified but names no usable caller. {@code WWW-Authenticate} tells the client, as RFC 6750
     * asks, that a new token (not a retry) is what helps.
     */
    public static Response unauthorized(String detail) {
        return Response.fromResponse(status(401, "Unauthorized", detail))
                .header("WWW-Authenticate", "Bearer error=\"invalid_token\"").build();
    }

    public static Response notFound(String detail) {
        return status(404, "Not found", detail);
    }

    public static Response unprocessable(String detail) {
        return status(422, "Unprocessable request", detail);
    }

    public static Response conflict(String detail) {
        return status(409, "Conflict", detail);
    }

    /** 429 with {@code Retry-After} in whole seconds (at least 1), so a client knows when trying again can work. */
    public static Response tooManyRequests(String detail, java.time.Duration retryAfter) {
        long seconds = Math.max(1, retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0));
        return Response.fromResponse(status(429, "Too many requests", detail)).header("Retry-After", seconds).build();
    }

    public static Response status(int status, String title, String detail) {
        String slug = title.toLowerCase().replaceAll("[^a-z0-9]+", "-");
        return response(new Problem(TYPE_BASE + slug, title, status, detail, null, null));
    }

    public static Response response(Problem problem) {
        return Response.status(problem.status()).type(PROBLEM_JSON).entity(problem).build();
    }
}
