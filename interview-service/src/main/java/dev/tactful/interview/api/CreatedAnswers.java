package dev.tactful.interview.api;

import java.net.URI;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.tactful.interview.service.Answer;

/**
 * The 201 answers of the creating POSTs. The body is written to JSON here, inside the creating transaction, so
 * the copy the service stores for Idempotency-Key retries is byte for byte what the first client received.
 */
@ApplicationScoped
class CreatedAnswers {

    @Inject
    ObjectMapper json;

    Answer created(URI location, Object view) {
        try {
            return new Answer(201, json.writeValueAsString(view), location.toString());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the response", e);
        }
    }

    static Response response(Answer a) {
        return Response.status(a.status()).type(MediaType.APPLICATION_JSON).entity(a.body())
                .location(a.location() == null ? null : URI.create(a.location())).build();
    }
}
