package dev.tactful.events.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;

import dev.tactful.events.EventType;

/**
 * The schemas mirror the records field for field, including every nested record and enum in $defs.
 * Renaming, adding or removing a record component without touching the schema (which means a new
 * versioned type) fails here.
 */
class SchemaContractTest {

    @ParameterizedTest
    @EnumSource(EventType.class)
    void schemaIsShippedUnderItsTypeNameAndIdentifiesIt(EventType type) {
        JsonNode schema = Schemas.document(type);
        assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.get("$id").asText()).endsWith("/" + type.type() + ".json");
        assertThat(schema.get("x-cloudevents-type").asText()).isEqualTo(type.type());
        assertThat(schema.get("title").asText()).isEqualTo(type.payload().getSimpleName());
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void schemaIsItselfValidDraft202012(EventType type) {
        JsonSchema meta = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        assertThat(meta.validate(Schemas.document(type))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void propertiesAndRequiredEqualTheRecordComponents(EventType type) {
        JsonNode schema = Schemas.document(type);
        assertObjectMatchesRecord(schema, type.payload(), schema.get("$defs"), type.type());
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void everyDefinitionIsUsedAndMatchesItsJavaType(EventType type) {
        JsonNode schema = Schemas.document(type);
        Set<String> reached = new HashSet<>();
        collectDefs(type.payload(), reached);
        List<String> defined = new ArrayList<>();
        schema.get("$defs").fieldNames().forEachRemaining(defined::add);
        assertThat(defined).as("$defs of " + type.type()).containsExactlyInAnyOrderElementsOf(reached);
    }

    /** Walks the record and checks each object schema it reaches, recursing into $defs for nested records and enums. */
    private static void assertObjectMatchesRecord(JsonNode object, Class<?> record, JsonNode defs, String where) {
        List<String> components = Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList();
        List<String> properties = new ArrayList<>();
        object.get("properties").fieldNames().forEachRemaining(properties::add);
        List<String> required = new ArrayList<>();
        object.get("required").forEach(r -> required.add(r.asText()));

        assertThat(properties).as("properties of " + where).containsExactlyElementsOf(components);
        // A field added to a version later is optional: the record leaves it out while null (@JsonInclude NON_NULL),
        // so payloads written before it existed stay valid and read back as null.
        List<String> mandatory = Arrays.stream(record.getRecordComponents()).filter(c -> !addedLater(c))
                .map(RecordComponent::getName).toList();
        assertThat(required).as("required of " + where).containsExactlyElementsOf(mandatory);
        assertThat(object.get("type").asText()).as("type of " + where).isEqualTo("object");
        assertThat(object.get("additionalProperties").asBoolean(true)).as("additionalProperties of " + where).isFalse();
        assertThat(object.hasNonNull("description")).as("description of " + where).isTrue();

        for (RecordComponent component : record.getRecordComponents()) {
            String path = where + "." + component.getName();
            JsonNode property = object.get("properties").get(component.getName());
            assertThat(property.path("description").asText()).as("description of " + path).isNotBlank();
            Class<?> raw = component.getType();
            if (raw.isPrimitive() || List.class.isAssignableFrom(raw)) {
                // Primitives cannot be null, and the records turn a null list into an empty one, so a schema
                // that allowed null there would describe JSON the records never write.
                assertThat(SchemaNodes.nullable(property)).as(path + " must not be nullable").isFalse();
            }
            if (raw == int.class) {
                assertThat(property.get("type").asText()).as(path).isEqualTo("integer");
            } else if (raw == boolean.class) {
                assertThat(property.get("type").asText()).as(path).isEqualTo("boolean");
            } else if (List.class.isAssignableFrom(raw)) {
                assertThat(property.get("type").asText()).as(path).isEqualTo("array");
            }
            Class<?> target = elementType(component);
            if (target.isRecord() || target.isEnum()) {
                assertThat(SchemaNodes.referencedDef(property)).as("$ref of " + path).isEqualTo(target.getSimpleName());
                JsonNode def = defs.get(target.getSimpleName());
                assertThat(def).as("$defs/" + target.getSimpleName() + " in " + where).isNotNull();
                if (target.isRecord()) {
                    assertObjectMatchesRecord(def, target, defs, target.getSimpleName());
                } else {
                    List<String> constants = Arrays.stream(target.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
                    List<String> values = new ArrayList<>();
                    def.get("enum").forEach(v -> values.add(v.asText()));
                    assertThat(values).as("enum " + target.getSimpleName()).containsExactlyElementsOf(constants);
                }
            } else {
                assertThat(SchemaNodes.referencedDef(property)).as("$ref of " + path).isNull();
            }
        }
    }

    private static boolean addedLater(RecordComponent component) {
        // Jackson's annotation does not target record components; Java copies it onto the accessor.
        JsonInclude include = component.getAccessor().getAnnotation(JsonInclude.class);
        return include != null && include.value() == JsonInclude.Include.NON_NULL;
    }

    private static void collectDefs(Class<?> record, Set<String> into) {
        for (RecordComponent component : record.getRecordComponents()) {
            Class<?> target = elementType(component);
            if ((target.isRecord() || target.isEnum()) && into.add(target.getSimpleName()) && target.isRecord()) {
                collectDefs(target, into);
            }
        }
    }

    /** The component's class, or for a {@code List<X>} the class X. */
    private static Class<?> elementType(RecordComponent component) {
        if (List.class.isAssignableFrom(component.getType())) {
            Type arg = ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[0];
            return (Class<?>) arg;
        }
        return component.getType();
    }
}
