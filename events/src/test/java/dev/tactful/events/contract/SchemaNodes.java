package dev.tactful.events.contract;

import com.fasterxml.jackson.databind.JsonNode;

/** Small readers for schema fragments. */
final class SchemaNodes {

    private SchemaNodes() {
    }

    /** True when a property schema admits JSON null, either by its type list or by an anyOf branch. */
    static boolean nullable(JsonNode property) {
        JsonNode type = property.get("type");
        if (type != null && type.isArray()) {
            for (JsonNode t : type) {
                if ("null".equals(t.asText())) {
                    return true;
                }
            }
        }
        JsonNode anyOf = property.get("anyOf");
        if (anyOf != null) {
            for (JsonNode branch : anyOf) {
                if (branch.has("type") && "null".equals(branch.get("type").asText())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Name of the $defs entry a property refers to (directly, through anyOf, or as array items), or null. */
    static String referencedDef(JsonNode property) {
        if (property.has("$ref")) {
            return lastSegment(property.get("$ref").asText());
        }
        if (property.has("items")) {
            return referencedDef(property.get("items"));
        }
        if (property.has("anyOf")) {
            for (JsonNode branch : property.get("anyOf")) {
                String ref = referencedDef(branch);
                if (ref != null) {
                    return ref;
                }
            }
        }
        return null;
    }

    private static String lastSegment(String ref) {
        return ref.substring(ref.lastIndexOf('/') + 1);
    }
}
