package org.nastavnik.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The committed schemas must be what the codecs generate. To regenerate them after a change of
 * the model, run {@code ./mvnw -B -pl core verify -Dnastavnik.updateSchemas=true} and commit the
 * result.
 */
class SchemaTest {
    private static final Path RESOURCES = Path.of("src", "main", "resources", "org", "nastavnik", "json");

    static Stream<JsonDocument<?>> kinds() {
        return Stream.of(JsonDocument.SNAPSHOT, JsonDocument.ROADMAP);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void committed_schema_should_match_the_generated_one(JsonDocument<?> kind) throws IOException {
        // given
        String name = kind.schemaResource();
        String generated = kind.schema();
        if (Boolean.getBoolean("nastavnik.updateSchemas")) {
            Files.createDirectories(RESOURCES);
            Files.writeString(RESOURCES.resolve(name), generated, StandardCharsets.UTF_8);
            return;
        }

        // when
        String committed;
        try (InputStream in = JsonDocument.class.getResourceAsStream(name)) {
            committed = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        // then
        assertEquals(generated, committed,
                "core/src/main/resources/org/nastavnik/json/" + name + " is not the schema the JSON form "
                        + "generates.\nRegenerate it with ./mvnw -B -pl core verify -Dnastavnik.updateSchemas=true "
                        + "and commit it.");
    }

    @Test
    void snapshot_schema_should_describe_every_field_the_example_uses() throws IOException {
        // given
        ObjectMapper mapper = new ObjectMapper();
        JsonNode schema = mapper.readTree(JsonDocument.SNAPSHOT.schema());
        JsonNode example = mapper.readTree(ExampleSnapshotTest.exampleText());

        // then: every field of every object is a property of the definition in place there
        List<String> unknown = new ArrayList<>();
        check(schema, schema, example, "", unknown);
        assertEquals(List.of(), unknown);
        assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").asText());
    }

    private static void check(JsonNode schema, JsonNode ref, JsonNode value, String path, List<String> unknown) {
        JsonNode def = ref.has("$ref") ? schema.get("$defs").get(ref.get("$ref").asText().substring(8)) : ref;
        if (value.isObject()) {
            assertTrue(def.has("properties"), path);
            for (Iterator<String> it = value.fieldNames(); it.hasNext(); ) {
                String field = it.next();
                JsonNode property = def.get("properties").get(field);
                if (property == null) {
                    unknown.add(path + "." + field);
                } else {
                    check(schema, property, value.get(field), path + "." + field, unknown);
                }
            }
            if (def.has("required")) {
                def.get("required").forEach(r -> assertTrue(value.has(r.asText()), path + " lacks " + r));
            }
        } else if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                check(schema, def.get("items"), value.get(i), path + "[" + i + "]", unknown);
            }
        } else if (def.has("enum")) {
            List<String> allowed = new ArrayList<>();
            def.get("enum").forEach(e -> allowed.add(e.asText()));
            assertTrue(allowed.contains(value.asText()), path + ": " + value);
        }
    }
}
