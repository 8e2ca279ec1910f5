package dev.tactful.events.contract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import dev.tactful.events.EventType;

/** Test access to the shipped JSON Schemas and the golden payloads. */
final class Schemas {

    static final ObjectMapper JSON = new ObjectMapper();

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    // Draft 2020-12 treats "format" as an annotation by default; the contract relies on it (uuid, date-time,
    // date, email), so the tests turn assertions on.
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true)
            .build();
    private static final Map<EventType, JsonSchema> CACHE = new ConcurrentHashMap<>();

    private Schemas() {
    }

    /** The schema as a validator, loaded from the classpath exactly where consumers of the jar find it. */
    static JsonSchema validator(EventType type) {
        return CACHE.computeIfAbsent(type,
                t -> FACTORY.getSchema(SchemaLocation.of("classpath:" + t.schemaResource()), CONFIG));
    }

    static Set<ValidationMessage> validate(EventType type, JsonNode data) {
        return validator(type).validate(data);
    }

    /** The schema document as plain JSON, for structural checks. */
    static JsonNode document(EventType type) {
        return readResource(type.schemaResource());
    }

    static JsonNode readResource(String name) {
        try (InputStream in = Schemas.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing classpath resource " + name);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A golden payload file: {@code golden/<ce-type>.json} or a variant {@code golden/<ce-type>--<variant>.json}. */
    record Golden(Path path, EventType type) {
        String name() {
            return path.getFileName().toString();
        }

        byte[] bytes() {
            try {
                return Files.readAllBytes(path);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        JsonNode tree() {
            try {
                return JSON.readTree(bytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public String toString() {
            return name();
        }
    }

    static List<Golden> goldens() {
        try (Stream<Path> files = Files.list(Path.of(Schemas.class.getClassLoader().getResource("golden").toURI()))) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().map(Schemas::golden).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Golden golden(Path file) {
        String base = file.getFileName().toString().replaceFirst("\\.json$", "");
        String ceType = base.contains("--") ? base.substring(0, base.indexOf("--")) : base;
        EventType type = EventType.ofType(ceType)
                .orElseThrow(() -> new IllegalStateException("Golden file " + file.getFileName() + " names no contract type"));
        return new Golden(file, type);
    }
}
