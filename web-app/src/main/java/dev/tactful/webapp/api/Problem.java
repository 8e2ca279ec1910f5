package dev.tactful.webapp.api;

import java.util.List;

/** An RFC 9457 problem as the services send it; {@code errors} name the offending fields by JSON path. */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public record FieldError(String field, String message) {
    }

    public List<FieldError> errorsOrEmpty() {
        return errors == null ? List.of() : errors;
    }
}
