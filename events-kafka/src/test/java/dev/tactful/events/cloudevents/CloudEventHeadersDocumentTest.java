package dev.tactful.events.cloudevents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/** The binding writes exactly the headers asyncapi.yaml (shipped by tactful-events) declares, no more, no fewer. */
class CloudEventHeadersDocumentTest {

    @Test
    void writtenHeadersAreTheDocumentedOnes() throws Exception {
        JsonNode documented;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("asyncapi.yaml")) {
            assertThat(in).as("asyncapi.yaml from tactful-events on the classpath").isNotNull();
            documented = new ObjectMapper(new YAMLFactory()).readTree(in)
                    .at("/components/schemas/CloudEventHeaders/properties");
        }
        Set<String> names = new HashSet<>();
        documented.fieldNames().forEachRemaining(names::add);

        // Every optional attribute set, so every header the binding can write is present.
        Headers headers = CloudEventHeaders.write(new RecordHeaders(), CloudEventAttributes.json("evt-1",
                "/tactful/test", "tactful.interview.logged.v1", Instant.parse("2026-05-04T07:30:00Z"), "subject"));
        Set<String> written = new HashSet<>();
        for (Header h : headers) {
            written.add(h.key());
        }

        assertThat(written).isEqualTo(names);
        assertThat(documented.at("/ce_specversion/const").asText()).isEqualTo(CloudEventAttributes.SPEC_VERSION);
    }
}
