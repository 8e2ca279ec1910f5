package dev.tactful.support;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * Quarkus REST ships a built-in {@code ExceptionMapper<MismatchedInputException>} (wrong value type, unknown
 * enum constant, unparseable date). JAX-RS picks the mapper closest to the thrown type, so that built-in one
 * would beat {@link JsonInputMapper}'s {@code JsonProcessingException} and answer with a non-problem body. This
 * mapper for the exact type takes precedence over the built-in one and answers the same problem as
 * {@link JsonInputMapper}.
 */
@Provider
public class MismatchedInputMapper implements ExceptionMapper<MismatchedInputException> {

    @Override
    public Response toResponse(MismatchedInputException e) {
        return JsonInputMapper.problem(e);
    }
}
