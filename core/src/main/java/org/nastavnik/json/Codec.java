package org.nastavnik.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.nastavnik.model.Problem;

/** Converts one Java type of the model to and from its JSON form, and describes it in JSON Schema. */
interface Codec {

    /** Writes a value, never null, as a JSON node. */
    JsonNode write(Object value);

    /**
     * Reads a node, adding a problem for every error found. Returns null if the value cannot be
     * built; an unknown field is reported but does not prevent building.
     */
    @Nullable Object read(JsonNode node, String path, List<Problem> problems);

    /** The JSON Schema of the type, registering named definitions in {@code schema} where useful. */
    JsonNode schema(SchemaBuilder schema);
}
