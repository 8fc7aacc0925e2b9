package org.nastavnik.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/** Gathers the named definitions ({@code $defs}) of a JSON Schema while codecs describe themselves. */
final class SchemaBuilder {
    static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

    private final Map<String, JsonNode> definitions = new TreeMap<>();

    /** Returns a reference to the definition {@code name}, defining it first if needed. */
    JsonNode ref(String name, Supplier<JsonNode> definition) {
        if (!definitions.containsKey(name)) {
            definitions.put(name, JsonNodeFactory.instance.objectNode());
            definitions.put(name, definition.get());
        }
        return object().put("$ref", "#/$defs/" + name);
    }

    static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    /** The whole schema of a document whose root is the codec's type. */
    static ObjectNode document(Codec root, String title, String description) {
        SchemaBuilder builder = new SchemaBuilder();
        JsonNode ref = root.schema(builder);
        ObjectNode schema = object();
        schema.put("$schema", DIALECT);
        schema.put("title", title);
        schema.put("description", description);
        schema.setAll((ObjectNode) ref);
        ObjectNode defs = schema.putObject("$defs");
        builder.definitions.forEach(defs::set);
        return schema;
    }
}
