package dev.tactful.support;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Malformed JSON, wrong value types, unknown enum constants and unparseable dates or zones become a 400
 * problem naming the field, instead of Jackson's message (which leaks Java class names).
 */
@Provider
public class JsonInputMapper implements ExceptionMapper<JsonProcessingException> {

    @Override
    public Response toResponse(JsonProcessingException e) {
        return problem(e);
    }

    /** The 400 problem for any Jackson failure while reading a request body; shared by the more specific mappers. */
    public static Response problem(JsonProcessingException e) {
        if (malformed(e)) {
            return Problems.badRequest("body", "The request body is not well-formed JSON.");
        }
        String field = e instanceof JsonMappingException m ? JsonPaths.of(m.getPath()) : "body";
        return Problems.badRequest(field, message(e));
    }

    /**
     * Broken syntax, including JSON cut off mid-object: Jackson reports that as a parse error, or as a mapping
     * error (with the path it had reached) wrapping the parse error.
     */
    private static boolean malformed(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JsonParseException || t instanceof com.fasterxml.jackson.core.exc.StreamReadException) {
                return true;
            }
        }
        return false;
    }

    private static String message(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "Unknown field.";
        }
        if (e instanceof NulFreeStrings.NulCharacter) {
            return "Must not contain a NUL character.";
        }
        if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            return "Must be one of " + java.util.Arrays.toString(f.getTargetType().getEnumConstants()) + ".";
        }
        if (e instanceof InvalidFormatException f) {
            return "Value '" + f.getValue() + "' has the wrong format" + hint(f.getTargetType()) + ".";
        }
        if (e instanceof MismatchedInputException m) {
            return "Wrong type or missing value" + hint(m.getTargetType()) + ".";
        }
        return "Cannot read this value.";
    }

    private static String hint(Class<?> target) {
        if (target == null) {
            return "";
        }
        return switch (target.getSimpleName()) {
            case "Instant", "OffsetDateTime", "ZonedDateTime" -> " (expected an ISO-8601 date-time with offset, e.g. 2026-11-19T10:00:00+09:00)";
            case "LocalDate" -> " (expected an ISO-8601 date, e.g. 2026-11-26)";
            case "ZoneId" -> " (expected an IANA time zone, e.g. Europe/Berlin)";
            case "UUID" -> " (expected a UUID)";
            case "int", "Integer", "long", "Long" -> " (expected a whole number)";
            case "boolean", "Boolean" -> " (expected true or false)";
            default -> target.isEnum() ? "" : " (expected " + target.getSimpleName() + ")";
        };
    }
}
