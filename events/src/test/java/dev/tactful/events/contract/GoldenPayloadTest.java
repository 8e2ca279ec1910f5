package dev.tactful.events.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.ValidationMessage;

import dev.tactful.events.EventType;
import dev.tactful.events.cloudevents.EventJson;

/**
 * Golden payloads are the frozen wire format: each must satisfy its schema and survive a trip through
 * the Java record unchanged, so neither the schema nor the records can drift from what is on the topics.
 */
class GoldenPayloadTest {

    static List<Schemas.Golden> goldens() {
        return Schemas.goldens();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldens")
    void goldenValidatesAgainstItsSchema(Schemas.Golden golden) {
        Set<ValidationMessage> errors = Schemas.validate(golden.type(), golden.tree());
        assertThat(errors).as(golden.name()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldens")
    void goldenRoundTripsThroughTheRecordUnchanged(Schemas.Golden golden) throws Exception {
        Object record = EventJson.fromBytes(golden.bytes(), golden.type().payload());
        assertThat(record).isInstanceOf(golden.type().payload());

        JsonNode reserialised = Schemas.JSON.readTree(EventJson.toJson(record));
        assertThat(reserialised).as(golden.name()).isEqualTo(golden.tree());
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void everyEventTypeHasItsPrimaryGolden(EventType type) {
        Set<String> names = goldens().stream().map(Schemas.Golden::name).collect(Collectors.toSet());
        assertThat(names).contains(type.type() + ".json");
    }

    @Test
    void goldensCoverNullOptionalsAsWellAsFilledOnes() {
        // Every nullable property of every schema must appear at least once as null and once filled in
        // some golden of that type, so both branches of "type: [x, null]" are exercised on real data.
        for (EventType type : EventType.values()) {
            List<JsonNode> trees = goldens().stream().filter(g -> g.type() == type).map(Schemas.Golden::tree).toList();
            JsonNode properties = Schemas.document(type).get("properties");
            properties.fieldNames().forEachRemaining(field -> {
                if (SchemaNodes.nullable(properties.get(field))) {
                    assertThat(trees).as(type + "." + field + " null somewhere").anyMatch(t -> t.get(field).isNull());
                    assertThat(trees).as(type + "." + field + " filled somewhere").anyMatch(t -> !t.get(field).isNull());
                }
            });
        }
    }
}
