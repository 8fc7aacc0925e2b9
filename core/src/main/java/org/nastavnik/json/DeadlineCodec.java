package org.nastavnik.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.nastavnik.model.Problem;

/** A deadline as its canonical Russian phrase. Placeholder until the deadline parser lands. */
enum DeadlineCodec implements Codec {
    INSTANCE;

    @Override
    public JsonNode write(Object value) {
        throw new UnsupportedOperationException("deadlines have no JSON form yet");
    }

    @Override
    public @Nullable Object read(JsonNode node, String path, List<Problem> problems) {
        problems.add(Paths.problem(path, Paths.text(node), "deadlines have no JSON form yet"));
        return null;
    }

    @Override
    public JsonNode schema(SchemaBuilder schema) {
        return schema.ref("Deadline", () -> SchemaBuilder.object().put("type", "string"));
    }
}
