package dev.tactful.support;

import java.io.IOException;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Refuses a NUL character in any string of a request body. PostgreSQL cannot store one in a text column, so an
 * interview with a NUL in its role used to be accepted with 201 here and then fail every insert downstream (the
 * notifier could never record its delivery); nor may one reach a mail header. The 400 names the field.
 */
@Singleton
public class NulFreeStrings implements ObjectMapperCustomizer {

    /** Thrown for a string holding NUL; {@link JsonInputMapper} turns it into a 400 naming the field. */
    public static final class NulCharacter extends JsonMappingException {
        NulCharacter(JsonParser p) {
            super(p, "The value contains a NUL character.");
        }
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("tactful-nul-free-strings").addDeserializer(String.class, new Deserializer()));
    }

    static final class Deserializer extends StringDeserializer {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String value = super.deserialize(p, ctxt);
            if (value != null && value.indexOf('\u0000') >= 0) {
                throw new NulCharacter(p);
            }
            return value;
        }
    }
}
