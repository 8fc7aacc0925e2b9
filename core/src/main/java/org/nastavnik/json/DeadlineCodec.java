package org.nastavnik.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.nastavnik.deadline.Deadline;
import org.nastavnik.deadline.DeadlineContext;
import org.nastavnik.deadline.DeadlineParseException;
import org.nastavnik.deadline.DeadlineParser;
import org.nastavnik.common.Language;
import org.nastavnik.model.Problem;

/**
 * A deadline as its canonical Russian phrase, read back with the deadline parser and no context,
 * which gives an equal deadline. A phrase the parser cannot read is an unrecognized deadline, as
 * in a roadmap; a phrase with an impossible value, such as «до 31.02.2022», is a problem.
 */
enum DeadlineCodec implements Codec {
    INSTANCE;

    @Override
    public JsonNode write(Object value) {
        return JsonNodeFactory.instance.textNode(((Deadline) value).toPhrase(Language.RU));
    }

    @Override
    public @Nullable Object read(JsonNode node, String path, List<Problem> problems) {
        if (!node.isTextual()) {
            problems.add(Paths.wrongType(path, node, "a deadline phrase"));
            return null;
        }
        try {
            return DeadlineParser.parse(node.textValue(), DeadlineContext.none());
        } catch (DeadlineParseException e) {
            problems.add(Paths.problem(path, node.textValue(), "not a possible deadline: " + e.reason()
                    + " (at index " + e.index() + ")"));
            return null;
        } catch (RuntimeException e) {
            problems.add(Paths.problem(path, node.textValue(), "not a deadline: " + e.getMessage()));
            return null;
        }
    }

    @Override
    public JsonNode schema(SchemaBuilder schema) {
        return schema.ref("Deadline", () -> SchemaBuilder.object()
                .put("description", "A deadline (срок) as its canonical Russian phrase, such as "
                        + "\"до 07.03.2022\" or \"ежеквартально\", every year written out. A phrase the "
                        + "deadline parser cannot read is kept as an unrecognized deadline.")
                .put("type", "string"));
    }
}
