package org.nastavnik.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.nastavnik.model.Fixtures;
import org.nastavnik.model.Roadmap;
import org.nastavnik.model.Snapshot;
import org.nastavnik.model.ValidationException;

/** What every kind of document shares: its text layout, its field order, its byte order mark. */
class JsonDocumentTest {
    private static final Path SOURCES = Path.of("src", "main", "java");
    /** An accessor declared in a model type's body: {@code public abstract String id();}, {@code ... id() {}. */
    private static final Pattern ACCESSOR = Pattern.compile(
            "^    (?:public |protected )?(?:abstract )?[\\w.<>?, \\[\\]]+ (\\w+)\\(\\)\\s*[{;]", Pattern.MULTILINE);

    @Test
    void should_read_text_with_a_leading_byte_order_mark_as_the_stream_does() throws IOException {
        // given
        String json = JsonDocument.SNAPSHOT.write(Fixtures.fullSnapshot());
        byte[] bytesWithMark = ("\uFEFF" + json).getBytes(StandardCharsets.UTF_8);

        // when
        Snapshot fromText = JsonDocument.SNAPSHOT.read("\uFEFF" + json);
        Snapshot fromStream = JsonDocument.SNAPSHOT.read(new ByteArrayInputStream(bytesWithMark));

        // then
        assertEquals(Fixtures.fullSnapshot(), fromText);
        assertEquals(fromStream, fromText);
        assertEquals(Fixtures.fullRoadmap(), JsonDocument.ROADMAP.read("\uFEFF"
                + JsonDocument.ROADMAP.write(Fixtures.fullRoadmap())));
    }

    @Test
    void should_report_problems_after_a_byte_order_mark_as_without_it_where_an_editor_shows_them() {
        for (String text : List.of("{\"asOf\": }", "{\"asOf\": \"2022-02-31\"}", "[]", "")) {
            ValidationException withMark = assertThrows(ValidationException.class,
                    () -> JsonDocument.SNAPSHOT.read("\uFEFF" + text));
            ValidationException without = assertThrows(ValidationException.class,
                    () -> JsonDocument.SNAPSHOT.read(text));

            assertEquals(without.getMessage(), withMark.getMessage(), text);
        }
        ValidationException alone = assertThrows(ValidationException.class,
                () -> JsonDocument.SNAPSHOT.read("\uFEFF"));
        assertEquals("empty document: expected a JSON object", alone.problems().get(0).reason());
    }

    @Test
    void should_write_each_object_s_fields_in_the_order_its_model_type_declares_them() throws IOException {
        // given: the order of declaration, read from the sources, independently of the codec
        JsonNode snapshot = new ObjectMapper().readTree(JsonDocument.SNAPSHOT.write(Fixtures.fullSnapshot()));
        JsonNode roadmap = new ObjectMapper().readTree(JsonDocument.ROADMAP.write(Fixtures.fullRoadmap()));
        List<String> mismatches = new ArrayList<>();
        Set<Class<?>> seen = new LinkedHashSet<>();

        // when
        compare(JsonDocument.SNAPSHOT.codec(), snapshot, "", mismatches, seen);
        compare(JsonDocument.ROADMAP.codec(), roadmap, "", mismatches, seen);

        // then
        assertEquals(List.of(), mismatches);
        assertTrue(seen.size() > 20, "value types compared: " + seen);
        assertTrue(seen.contains(Roadmap.class) && seen.contains(Snapshot.class), seen.toString());
    }

    @Test
    void should_lay_out_any_tree_with_two_space_indents_lf_line_ends_and_a_final_line_end() {
        // given
        ObjectNode tree = JsonNodeFactory.instance.objectNode();
        tree.put("название", "школа № 12");
        ArrayNode list = tree.putArray("list");
        list.add(1).addObject().put("b", true);
        tree.putArray("empty");
        tree.putObject("none");

        // when
        String text = JsonDocument.text(tree);

        // then
        assertEquals("{\n"
                + "  \"название\": \"школа № 12\",\n"
                + "  \"list\": [\n"
                + "    1,\n"
                + "    {\n"
                + "      \"b\": true\n"
                + "    }\n"
                + "  ],\n"
                + "  \"empty\": [ ],\n"
                + "  \"none\": { }\n"
                + "}\n", text);
        assertFalse(text.contains("\r"));
    }

    /**
     * Checks that the fields of {@code node} are the attributes of {@code codec} present, in the
     * order of the accessors in the type's source file, and descends into nested values.
     */
    private static void compare(ObjectCodec codec, JsonNode node, String path, List<String> mismatches,
            Set<Class<?>> seen) throws IOException {
        List<String> written = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            written.add(it.next());
        }
        List<String> declared = new ArrayList<>(declaredAccessors(codec.type()));
        declared.retainAll(written);
        if (!declared.equals(written)) {
            mismatches.add((path.isEmpty() ? "$" : path) + " (" + codec.type().getSimpleName() + "): written "
                    + written + ", declared " + declared);
        }
        seen.add(codec.type());
        for (ObjectCodec.Attribute a : codec.attributes()) {
            JsonNode value = node.get(a.name());
            Codec element = a.codec() instanceof CollectionCodec ? ((CollectionCodec) a.codec()).element() : a.codec();
            if (value == null || !(element instanceof ObjectCodec)) {
                continue;
            }
            if (value.isArray()) {
                for (int i = 0; i < value.size(); i++) {
                    compare((ObjectCodec) element, value.get(i), Paths.field(path, a.name()) + "[" + i + "]",
                            mismatches, seen);
                }
            } else {
                compare((ObjectCodec) element, value, Paths.field(path, a.name()), mismatches, seen);
            }
        }
    }

    private static List<String> declaredAccessors(Class<?> type) throws IOException {
        String source = Files.readString(SOURCES.resolve(type.getName().replace('.', '/') + ".java"),
                StandardCharsets.UTF_8);
        List<String> names = new ArrayList<>();
        Matcher m = ACCESSOR.matcher(source);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
