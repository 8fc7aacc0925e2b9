package org.nastavnik.rules.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/**
 * Documents as a hostile user writes them: a valid snapshot (the seed in
 * {@code fuzz/seed-snapshot.json}) with one or two values replaced by chosen extremes (dates
 * far out and near the limits, huge and tiny numbers, long ids and texts, line breaks, byte order
 * marks, odd deadline phrases), fields removed, elements repeated, unknown fields added. Each
 * document is made from one seed, so a failure names the seed that repeats it.
 */
public final class HostileJson {
    private static final JsonMapper MAPPER = new JsonMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectNode SEED = (ObjectNode) read("/fuzz/seed-snapshot.json");

    private static final String[] DATES = {"-999999999-01-01", "+999999999-12-31", "0000-01-01", "1899-12-31",
        "1900-01-01", "2200-12-31", "2201-01-01", "9999-12-31", "2022-02-29", "2022-10-01", "2021-09-01"};
    private static final String[] PHRASES = {"еженедельно", "ежедневно", "ежемесячно", "до 31.02.2022",
        "до 31.12.9999", "до 01.01.1899", "2022-2200 годы", "постоянно", "ежегодно до 1 октября",
        "в течение 2 недель с даты определения модели", "1 квартал 2200 года", "", " ", "\uFEFFдо 01.10.2022",
        "до 01.10.2022\nеженедельно", "на 15.12.2020, ежеквартально", "4 квартал 2022 года"};

    private HostileJson() {
    }

    /** @return the seed snapshot's JSON tree, a fresh copy */
    public static ObjectNode seed() {
        return SEED.deepCopy();
    }

    /** @return documents made from a seed each, drawn by QuickTheories */
    public static Gen<Document> documents() {
        return in -> of(in.next(Constraint.between(0, Long.MAX_VALUE)));
    }

    /** @return the document made from one seed */
    public static Document of(long seed) {
        Random r = new Random(seed);
        ObjectNode root = seed();
        int mutations = 1 + r.nextInt(2);
        for (int i = 0; i < mutations; i++) {
            mutate(root, r);
        }
        return new Document(seed, root.toString());
    }

    /** One generated document and the seed that makes it again. */
    public record Document(long seed, String json) {
        @Override
        public String toString() {
            return "document of seed " + seed + " (" + json.length() + " characters)";
        }
    }

    private static void mutate(ObjectNode root, Random r) {
        List<Slot> slots = new ArrayList<>();
        collect(root, slots);
        Slot slot = slots.get(r.nextInt(slots.size()));
        int what = r.nextInt(20);
        if (what == 0 && slot.parent instanceof ObjectNode o) {
            o.remove(slot.name);
        } else if (what == 1 && slot.parent instanceof ArrayNode a) {
            a.add(a.get(slot.index).deepCopy());
        } else if (what == 2 && slot.parent instanceof ObjectNode o) {
            o.put(r.nextBoolean() ? "fullname" : "unknown\n" + r.nextInt(9), "Петров Пётр Петрович");
        } else {
            List<Slot> leaves = slots.stream().filter(x -> x.get().isValueNode()).toList();
            Slot leaf = leaves.get(r.nextInt(leaves.size()));
            leaf.set(value(leaf, r));
        }
    }

    /** A value of the same kind mostly: a date for a date, a phrase for a deadline, a number for a number. */
    private static JsonNode value(Slot slot, Random r) {
        JsonNode old = slot.get();
        if (old.isTextual()) {
            String t = old.textValue();
            if (t.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return NODES.textNode(DATES[r.nextInt(DATES.length)]);
            }
            if ("deadline".equals(slot.name) || "deadlineText".equals(slot.name)) {
                return r.nextInt(4) == 0 ? NODES.textNode("в течение 2 недель с даты " + "очень ".repeat(163)
                        + "долгого события") : NODES.textNode(PHRASES[r.nextInt(PHRASES.length)]);
            }
            switch (r.nextInt(6)) {
                case 0:
                    return NODES.textNode(t + "\n" + t);
                case 1:
                    return NODES.textNode("x".repeat(r.nextBoolean() ? 200 : 201));
                case 2:
                    return NODES.textNode("я".repeat(r.nextBoolean() ? 10_000 : 10_001));
                case 3:
                    return NODES.textNode("\uFEFF" + t);
                case 4:
                    return NODES.textNode(t + "\u2028" + t);
                default:
                    return NODES.textNode(DATES[r.nextInt(DATES.length)]);
            }
        }
        if (old.isNumber()) {
            switch (r.nextInt(7)) {
                case 0:
                    return NODES.numberNode(new BigDecimal(r.nextBoolean() ? "1e999999999" : "1e-999999999"));
                case 1:
                    return NODES.numberNode(new BigInteger("2147483648").multiply(BigInteger.valueOf(r.nextBoolean() ? 1 : -1)));
                case 2:
                    return NODES.numberNode(new BigDecimal("100.000001"));
                case 3:
                    return NODES.numberNode(new BigDecimal("0.0000001"));
                default:
                    return NODES.numberNode(r.nextInt(3000) - 100);
            }
        }
        return r.nextBoolean() ? NODES.nullNode() : NODES.booleanNode(r.nextBoolean());
    }

    private static void collect(JsonNode node, List<Slot> slots) {
        if (node instanceof ObjectNode o) {
            for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                slots.add(new Slot(o, name, -1));
                collect(o.get(name), slots);
            }
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                slots.add(new Slot(a, null, i));
                collect(a.get(i), slots);
            }
        }
    }

    /** A place in the tree: a field of an object or an element of an array. */
    private record Slot(JsonNode parent, String name, int index) {
        JsonNode get() {
            return name != null ? parent.get(name) : parent.get(index);
        }

        void set(JsonNode value) {
            if (parent instanceof ObjectNode o) {
                o.set(name, value);
            } else {
                ((ArrayNode) parent).set(index, value);
            }
        }
    }

    private static JsonNode read(String resource) {
        try (InputStream in = HostileJson.class.getResourceAsStream(resource)) {
            return MAPPER.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the seconds a fuzz test runs for: 0 for its bounded examples only; {@code -Pfuzz} sets 200 */
    public static long fuzzSeconds() {
        return Long.getLong("nastavnik.fuzz.seconds", 0L);
    }
}
