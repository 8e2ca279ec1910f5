package dev.tactful.events.cloudevents;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one JSON mapping of event data, shared by producers and consumers so both sides agree on
 * ISO-8601 instants and dates, IANA zone ids and enum names.
 */
public final class EventJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            // Tolerant reader: a newer producer may add optional fields without breaking older consumers.
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .serializationInclusion(JsonInclude.Include.ALWAYS)
            .build();

    private EventJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static byte[] toBytes(Object event) {
        try {
            return MAPPER.writeValueAsBytes(event);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String toJson(Object event) {
        try {
            return MAPPER.writeValueAsString(event);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @throws InvalidCloudEventException when the bytes are not a valid payload of that type */
    public static <T> T fromBytes(byte[] data, Class<T> type) {
        if (data == null) {
            throw new InvalidCloudEventException("CloudEvent has no data");
        }
        T value;
        try {
            value = MAPPER.readValue(data, type);
        } catch (IOException e) {
            throw new InvalidCloudEventException("Data is not a valid " + type.getSimpleName() + ": " + (e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage() : e.getMessage()), e);
        }
        if (value == null) {
            throw new InvalidCloudEventException("CloudEvent data is JSON null, expected a " + type.getSimpleName());
        }
        return value;
    }

    public static <T> T fromJson(String data, Class<T> type) {
        return fromBytes(data == null ? null : data.getBytes(java.nio.charset.StandardCharsets.UTF_8), type);
    }
}
