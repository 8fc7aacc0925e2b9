package org.nastavnik.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.nastavnik.model.Problem;

/** A list, in its order, or a set, written in the natural order of its elements; both as JSON arrays. */
final class CollectionCodec implements Codec {
    private final Codec element;
    private final boolean set;

    CollectionCodec(Codec element, boolean set) {
        this.element = element;
        this.set = set;
    }

    Codec element() {
        return element;
    }

    boolean isSet() {
        return set;
    }

    @Override
    public JsonNode write(Object value) {
        List<Object> items = new ArrayList<>((Collection<?>) value);
        if (set) {
            items.sort(SetOrder.INSTANCE);
        }
        ArrayNode array = JsonNodeFactory.instance.arrayNode(items.size());
        for (Object item : items) {
            array.add(element.write(item));
        }
        return array;
    }

    @Override
    public @Nullable Object read(JsonNode node, String path, List<Problem> problems) {
        Partial partial = readPartial(node, path, problems);
        if (partial == null || partial.dropped > 0) {
            return null;
        }
        return set ? new LinkedHashSet<>(partial.items) : partial.items;
    }

    /** Reads the elements that can be read, remembering where each came from; null if not an array. */
    @Nullable Partial readPartial(JsonNode node, String path, List<Problem> problems) {
        if (!node.isArray()) {
            problems.add(Paths.wrongType(path, node, "an array"));
            return null;
        }
        Partial partial = new Partial();
        Set<Object> seen = new LinkedHashSet<>();
        for (int i = 0; i < node.size(); i++) {
            String itemPath = Paths.index(path, i);
            Object item = element.read(node.get(i), itemPath, problems);
            if (item == null) {
                partial.dropped++;
                partial.droppedNodes.add(node.get(i));
            } else if (set && !seen.add(item)) {
                problems.add(Paths.problem(itemPath, Paths.text(node.get(i)), "listed twice in a set"));
                partial.dropped++;
            } else {
                partial.items.add(item);
                partial.indexes.add(i);
            }
        }
        return partial;
    }

    @Override
    public JsonNode schema(SchemaBuilder schema) {
        ObjectNode node = SchemaBuilder.object().put("type", "array");
        node.set("items", element.schema(schema));
        if (set) {
            node.put("uniqueItems", true);
        }
        return node;
    }

    /** The elements of an array that could be read, with their indexes in the document. */
    static final class Partial {
        final List<Object> items = new ArrayList<>();
        final List<Integer> indexes = new ArrayList<>();
        final List<JsonNode> droppedNodes = new ArrayList<>();
        int dropped;
    }

    /** Natural order where the elements have one, else the order of their text. */
    private enum SetOrder implements Comparator<Object> {
        INSTANCE;

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public int compare(Object a, Object b) {
            if (a instanceof Comparable && a.getClass() == b.getClass()) {
                return ((Comparable) a).compareTo(b);
            }
            return String.valueOf(a).compareTo(String.valueOf(b));
        }
    }
}
