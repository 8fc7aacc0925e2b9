package org.nastavnik.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.nastavnik.common.Language;
import org.nastavnik.common.Limits;
import org.nastavnik.deadline.Deadline;
import org.nastavnik.deadline.DeadlineContext;
import org.nastavnik.deadline.DeadlineParseException;
import org.nastavnik.deadline.DeadlineParser;
import org.nastavnik.deadline.Unrecognized;
import org.nastavnik.model.Problem;

/**
 * A deadline as its canonical Russian phrase, read back with the deadline parser and no context,
 * which gives an equal deadline. A phrase the parser cannot read is an unrecognized deadline, as
 * in a roadmap; so is a phrase with an impossible value, such as «до 31.02.2022», as the roadmap
 * reader keeps it: stored data always loads.
 *
 * <p>An unrecognized deadline that its phrase alone would not give back (one read against a
 * roadmap's period, or built by hand) is written as an object with its diagnosis:
 * {@code {"unrecognized": "…", "index": 3, "unreadPart": "…", "reason": "…"}}. So whatever is
 * written reads back equal.
 */
enum DeadlineCodec implements Codec {
    INSTANCE;

    private static final String TEXT = "unrecognized";
    private static final Set<String> FIELDS = Set.of(TEXT, "index", "unreadPart", "reason");

    @Override
    public JsonNode write(Object value) {
        Deadline d = (Deadline) value;
        if (d instanceof Unrecognized u && !u.equals(fromPhrase(u.text()))) {
            ObjectNode node = JsonNodeFactory.instance.objectNode();
            node.put(TEXT, u.text());
            node.put("index", u.index());
            node.put("unreadPart", u.unreadPart());
            node.put("reason", u.reason());
            return node;
        }
        return JsonNodeFactory.instance.textNode(d.toPhrase(Language.RU));
    }

    /** The deadline a phrase gives with no context; an impossible value gives an unrecognized deadline. */
    static Deadline fromPhrase(String phrase) {
        try {
            return DeadlineParser.parse(phrase, DeadlineContext.none());
        } catch (DeadlineParseException e) {
            return Unrecognized.impossible(e);
        }
    }

    @Override
    public @Nullable Object read(JsonNode node, String path, List<Problem> problems) {
        if (node.isObject()) {
            return readUnrecognized(node, path, problems);
        }
        if (!node.isTextual()) {
            problems.add(Paths.wrongType(path, node, "a deadline phrase"));
            return null;
        }
        if (node.textValue().length() > Limits.MAX_TEXT_LENGTH) {
            problems.add(Paths.problem(path, node.textValue(), "longer than " + Limits.MAX_TEXT_LENGTH
                    + " characters (" + node.textValue().length() + ")"));
            return null;
        }
        try {
            return fromPhrase(node.textValue());
        } catch (RuntimeException e) {
            problems.add(Paths.problem(path, node.textValue(), "not a deadline: " + e.getMessage()));
            return null;
        }
    }

    private static @Nullable Object readUnrecognized(JsonNode node, String path, List<Problem> problems) {
        int before = problems.size();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext(); ) {
            String name = it.next().getKey();
            if (!FIELDS.contains(name)) {
                problems.add(Problem.withheld(Paths.field(path, name), "unknown field; allowed: unrecognized, "
                        + "index, unreadPart, reason"));
            }
        }
        String text = text(node, TEXT, path, problems);
        String unread = text(node, "unreadPart", path, problems);
        String reason = text(node, "reason", path, problems);
        JsonNode index = node.get("index");
        if (index == null || !index.canConvertToInt()) {
            problems.add(index == null ? Paths.problem(Paths.field(path, "index"), "", "missing required field")
                    : Paths.wrongType(Paths.field(path, "index"), index, "an integer"));
        } else if (text != null && (index.intValue() < 0 || index.intValue() > text.length())) {
            problems.add(Paths.problem(Paths.field(path, "index"), index.intValue(),
                    "must lie between 0 and the text's length (" + text.length() + ")"));
        }
        if (problems.size() > before || text == null || unread == null || reason == null) {
            return null;
        }
        return new Unrecognized(text, index.intValue(), unread, reason);
    }

    private static @Nullable String text(JsonNode node, String name, String path, List<Problem> problems) {
        JsonNode value = node.get(name);
        String at = Paths.field(path, name);
        if (value == null) {
            problems.add(Paths.problem(at, "", "missing required field"));
            return null;
        }
        if (!value.isTextual()) {
            problems.add(Paths.wrongType(at, value, "a string"));
            return null;
        }
        if (value.textValue().length() > Limits.MAX_TEXT_LENGTH) {
            problems.add(Paths.problem(at, value.textValue(), "longer than " + Limits.MAX_TEXT_LENGTH + " characters ("
                    + value.textValue().length() + ")"));
            return null;
        }
        return value.textValue();
    }

    @Override
    public JsonNode schema(SchemaBuilder schema) {
        return schema.ref("Deadline", () -> {
            ObjectNode phrase = SchemaBuilder.object()
                    .put("type", "string")
                    .put("maxLength", Limits.MAX_TEXT_LENGTH);
            ObjectNode unrecognized = SchemaBuilder.object().put("type", "object");
            ObjectNode properties = unrecognized.putObject("properties");
            properties.set(TEXT, SchemaBuilder.object().put("type", "string").put("maxLength", Limits.MAX_TEXT_LENGTH));
            properties.set("index", SchemaBuilder.object().put("type", "integer").put("minimum", 0));
            properties.set("unreadPart", SchemaBuilder.object().put("type", "string"));
            properties.set("reason", SchemaBuilder.object().put("type", "string"));
            ArrayNode required = unrecognized.putArray("required");
            List.of(TEXT, "index", "unreadPart", "reason").forEach(required::add);
            unrecognized.put("additionalProperties", false);
            ObjectNode node = SchemaBuilder.object()
                    .put("description", "A deadline (срок) as its canonical Russian phrase, such as "
                            + "\"до 07.03.2022\" or \"ежеквартально\", every year written out. A phrase the "
                            + "deadline parser cannot read, or with an impossible value, is kept as an "
                            + "unrecognized deadline; one that its phrase alone would not give back is "
                            + "written as an object with the diagnosis.");
            node.putArray("oneOf").add(phrase).add(unrecognized);
            return node;
        });
    }
}
