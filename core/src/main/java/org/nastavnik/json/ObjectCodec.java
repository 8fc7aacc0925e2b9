package org.nastavnik.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.nastavnik.model.Problem;
import org.nastavnik.model.ValidationException;

/**
 * A value type of the model as a JSON object: one field per attribute, in declaration order,
 * read through the type's generated builder.
 */
final class ObjectCodec implements Codec {
    private static final Pattern INDEXED = Pattern.compile("^(\\w+)\\[(\\d+)](.*)$", Pattern.DOTALL);

    private final Class<?> type;
    private final Method builderFactory;
    private final Method build;
    private final List<Attribute> attributes;
    private final Map<String, Attribute> byName;
    private final String allowed;

    ObjectCodec(Class<?> type, Method builderFactory, Method build, List<Attribute> attributes) {
        this.type = type;
        this.builderFactory = builderFactory;
        this.build = build;
        this.attributes = List.copyOf(attributes);
        this.byName = new LinkedHashMap<>();
        attributes.forEach(a -> byName.put(a.name(), a));
        this.allowed = String.join(", ", byName.keySet());
    }

    Class<?> type() {
        return type;
    }

    List<Attribute> attributes() {
        return attributes;
    }

    @Override
    public JsonNode write(Object value) {
        ObjectNode node = SchemaBuilder.object();
        for (Attribute a : attributes) {
            Object v = a.get(value);
            switch (a.shape()) {
                case OPTIONAL:
                    ((Optional<?>) v).ifPresent(present -> node.set(a.name(), a.codec().write(present)));
                    break;
                case OPTIONAL_INT:
                    OptionalInt i = (OptionalInt) v;
                    if (i.isPresent()) {
                        node.set(a.name(), a.codec().write(i.getAsInt()));
                    }
                    break;
                case COLLECTION:
                    if (!((Collection<?>) v).isEmpty()) {
                        node.set(a.name(), a.codec().write(v));
                    }
                    break;
                default:
                    node.set(a.name(), a.codec().write(v));
            }
        }
        return node;
    }

    @Override
    public @Nullable Object read(JsonNode node, String path, List<Problem> problems) {
        return read(node, path, problems, false);
    }

    /**
     * Reads the document's root. When some elements of its lists cannot be read, the value is still
     * built from the rest so that its own validation can report its problems too; the result is
     * then null.
     */
    @Nullable Object readRoot(JsonNode node, List<Problem> problems) {
        return read(node, "", problems, true);
    }

    private @Nullable Object read(JsonNode node, String path, List<Problem> problems, boolean partial) {
        if (!node.isObject()) {
            problems.add(Paths.wrongType(path, node, "an object"));
            return null;
        }
        int before = problems.size();
        Map<Attribute, Object> values = new LinkedHashMap<>();
        Map<String, CollectionCodec.Partial> partials = new HashMap<>();
        boolean buildable = true;
        for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String fieldPath = Paths.field(path, field.getKey());
            Attribute a = byName.get(field.getKey());
            if (a == null) {
                // the value of a misspelt field may be anything, a full name included: never shown
                problems.add(Problem.withheld(fieldPath.isEmpty() ? Paths.ROOT : fieldPath, unknown(field.getKey())));
                continue;
            }
            int mark = problems.size();
            if (partial && a.codec() instanceof CollectionCodec && !((CollectionCodec) a.codec()).isSet()) {
                CollectionCodec.Partial p = ((CollectionCodec) a.codec()).readPartial(field.getValue(), fieldPath,
                        problems);
                if (p == null) {
                    buildable = false;
                } else {
                    partials.put(a.name(), p);
                    values.put(a, p.items);
                }
                continue;
            }
            Object value = a.codec().read(field.getValue(), fieldPath, problems);
            if (Paths.isPersonal(a.name())) {
                for (int i = mark; i < problems.size(); i++) {
                    problems.set(i, Problem.withheld(problems.get(i).path(), problems.get(i).reason()));
                }
            }
            if (value == null) {
                buildable = false;
            } else {
                values.put(a, a.wrap(value));
            }
        }
        for (Attribute a : attributes) {
            if (a.shape() == Shape.REQUIRED && !node.has(a.name())) {
                problems.add(Paths.problem(Paths.field(path, a.name()), "", "missing required field"));
                buildable = false;
            }
        }
        if (!buildable) {
            return null;
        }
        if (!partial || problems.size() == before) {
            // an unknown field is reported but does not keep the rest from being read and checked
            return build(values, node, path, problems);
        }
        validatePartial(values, partials, problems);
        return null;
    }

    private @Nullable Object build(Map<Attribute, Object> values, JsonNode node, String path,
            List<Problem> problems) {
        try {
            return invokeBuild(values);
        } catch (ValidationException e) {
            for (Problem p : e.problems()) {
                problems.add(Problem.of(path.isEmpty() ? p.path() : Paths.field(path, p.path()), p.value(),
                        p.reason()));
            }
        } catch (RuntimeException e) {
            // not the object's text: it may hold personal data, and it may be long
            problems.add(Paths.problem(path, "", String.valueOf(e.getMessage())));
        }
        return null;
    }

    /**
     * Validates what could be read, and reports its problems at the elements' places in the
     * document; a reference to an element that could not be read is not reported as dangling.
     */
    private void validatePartial(Map<Attribute, Object> values, Map<String, CollectionCodec.Partial> partials,
            List<Problem> problems) {
        Set<String> unreadIds = new HashSet<>();
        for (CollectionCodec.Partial p : partials.values()) {
            for (JsonNode dropped : p.droppedNodes) {
                JsonNode id = dropped.get("id");
                if (id != null && id.isTextual()) {
                    unreadIds.add(id.textValue());
                }
            }
        }
        try {
            invokeBuild(values);
        } catch (ValidationException e) {
            for (Problem p : e.problems()) {
                if (unreadIds.contains(p.value()) && p.reason().endsWith("has this id")) {
                    continue;
                }
                problems.add(Problem.of(remap(p.path(), partials), p.value(), p.reason()));
            }
        } catch (RuntimeException e) {
            // what could be read is not enough to build the value: the problems already found stand
        }
    }

    private static String remap(String path, Map<String, CollectionCodec.Partial> partials) {
        Matcher m = INDEXED.matcher(path);
        if (m.matches() && partials.containsKey(m.group(1))) {
            List<Integer> indexes = partials.get(m.group(1)).indexes;
            int index = Integer.parseInt(m.group(2));
            if (index < indexes.size()) {
                return m.group(1) + "[" + indexes.get(index) + "]" + m.group(3);
            }
        }
        return path;
    }

    private Object invokeBuild(Map<Attribute, Object> values) {
        try {
            Object builder = builderFactory.invoke(null);
            for (Map.Entry<Attribute, Object> e : values.entrySet()) {
                e.getKey().setter().invoke(builder, e.getValue());
            }
            return build.invoke(builder);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            throw new IllegalStateException("cannot build " + type.getSimpleName(), cause);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot build " + type.getSimpleName(), e);
        }
    }

    private String unknown(String name) {
        String suggestion = attributes.stream().map(Attribute::name).filter(n -> similar(n, name)).findFirst()
                .map(n -> " (did you mean " + n + "?)").orElse("");
        return "unknown field" + suggestion + "; allowed: " + allowed;
    }

    private static boolean similar(String a, String b) {
        return a.equalsIgnoreCase(b) || distance(a.toLowerCase(java.util.Locale.ROOT),
                b.toLowerCase(java.util.Locale.ROOT)) <= 2;
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    @Override
    public JsonNode schema(SchemaBuilder schema) {
        return schema.ref(type.getSimpleName(), () -> {
            ObjectNode node = SchemaBuilder.object().put("type", "object");
            ObjectNode properties = node.putObject("properties");
            for (Attribute a : attributes) {
                properties.set(a.name(), a.codec().schema(schema));
            }
            List<String> required = attributes.stream().filter(a -> a.shape() == Shape.REQUIRED)
                    .map(Attribute::name).collect(Collectors.toList());
            if (!required.isEmpty()) {
                ArrayNode array = node.putArray("required");
                required.forEach(array::add);
            }
            node.put("additionalProperties", false);
            return node;
        });
    }

    /** How an attribute appears in JSON. */
    enum Shape {
        /** Always present. */
        REQUIRED,
        /** Always written; when absent, the model's default applies. */
        DEFAULT,
        /** An {@code Optional}: omitted when empty. */
        OPTIONAL,
        /** An {@code OptionalInt}: omitted when empty. */
        OPTIONAL_INT,
        /** A list or set: omitted when empty. */
        COLLECTION
    }

    /** One attribute: its accessor on the model type and its setter on the generated builder. */
    static final class Attribute {
        private final String name;
        private final Shape shape;
        private final Codec codec;
        private final Method accessor;
        private final Method setter;

        Attribute(String name, Shape shape, Codec codec, Method accessor, Method setter) {
            this.name = name;
            this.shape = shape;
            this.codec = codec;
            this.accessor = accessor;
            this.setter = setter;
        }

        String name() {
            return name;
        }

        Shape shape() {
            return shape;
        }

        /** The codec of the value, or of the element for optionals and collections' codec for collections. */
        Codec codec() {
            return codec;
        }

        Method setter() {
            return setter;
        }

        Object get(Object owner) {
            try {
                return accessor.invoke(owner);
            } catch (InvocationTargetException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException) {
                    throw (RuntimeException) cause;
                }
                throw new IllegalStateException("cannot read " + name, cause);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot read " + name, e);
            }
        }

        /** The value as the builder's setter takes it. */
        Object wrap(Object value) {
            switch (shape) {
                case OPTIONAL:
                    return Optional.of(value);
                case OPTIONAL_INT:
                    return OptionalInt.of((Integer) value);
                default:
                    return value;
            }
        }
    }

    @Override
    public String toString() {
        return "ObjectCodec[" + type.getSimpleName() + ", " + new ArrayList<>(byName.keySet()) + "]";
    }
}
