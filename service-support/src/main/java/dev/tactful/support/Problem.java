package dev.tactful.support;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem document. {@code errors} names each offending field so a client can point at it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    /** One offending input: a JSON path such as {@code interviewers[1].email}, and what is wrong with it. */
    public record FieldError(String field, String message) {
    }
}
