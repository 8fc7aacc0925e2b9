package org.nastavnik.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.nastavnik.common.Limits;
import org.nastavnik.model.Problem;
import org.nastavnik.model.RegionCode;

/** The codecs of single values: strings, booleans, numbers, dates, enums and region codes. */
final class Scalars {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** The largest power of ten a decimal may have, up or down: no exponent the input chose is expanded. */
    private static final int MAX_DECIMAL_EXPONENT = 100;

    static final Codec STRING = new Codec() {
        @Override
        public JsonNode write(Object value) {
            return NODES.textNode((String) value);
        }

        @Override
        public @Nullable Object read(JsonNode node, String path, List<Problem> problems) {
            if (!node.isTextual()) {
                problems.add(Paths.wrongType(path, node, "a string"));
                return null;
            }
            int max = Paths.isId(path) ? Limits.MAX_ID_LENGTH : Limits.MAX_TEXT_LENGTH;
            if (node.textValue().length() > max) {
                problems.add(Paths.problem(path, node.textValue(), "longer than " + max + " characters ("
                        + node.textValue().length() + ")"));
                return null;
            }
            return node.textValue();
        }

        @Override
        public JsonNode schema(SchemaBuilder schema) {
            return SchemaBuilder.object().put("type", "string");
        }
    };

    static final Codec BOOLEAN = new Codec() {
        @Override
        public JsonNode write(Object value) {
            return NODES.booleanNode((Boolean) value);
        }

        @Override
        public @Nullable Object read(JsonNode node, String path, List<Problem> problems) {
            if (!node.isBoolean()) {
                problems.add(Paths.wrongType(path, node, "a boolean"));
                return null;
            }
            return node.booleanValue();
        }

        @Override
        public JsonNode schema(SchemaBuilder schema) {
            return SchemaBuilder.object().put("type", "boolean");
        }
    };

    static final Codec INT = new Codec() {
        @Override
        public JsonNode write(Object value) {
            return NODES.numberNode((Integer) value);
        }

        @Override
        public @Nullable Object read(JsonNode node, String path, List<Problem> problems) {
            if (!node.isIntegralNumber()) {
                problems.add(Paths.wrongType(path, node, "an integer"));
                return null;
            }
            if (!node.canConvertToInt()) {
                problems.add(Paths.problem(path, Paths.text(node), "expected an integer from "
                        + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE));
                return null;
            }
            return node.intValue();
        }

        @Override
        public JsonNode schema(SchemaBuilder schema) {
            return SchemaBuilder.object().put("type", "integer");
        }
    };

    static final Codec DECIMAL = new Codec() {
        @Override
        public JsonNode write(Object value) {
            return NODES.numberNode((BigDecimal) value);
        }

        @Override
        public @Nullable Object read(JsonNode node, String path, List<Problem> problems) {
            if (!node.isNumber()) {
                problems.add(Paths.wrongType(path, node, "a number"));
                return null;
            }
            BigDecimal value = node.decimalValue();
            if (Math.abs((long) value.precision() - value.scale()) > MAX_DECIMAL_EXPONENT
                    || Math.abs((long) value.scale()) > MAX_DECIMAL_EXPONENT) {
                problems.add(Paths.problem(path, value, "a number between 1e-" + MAX_DECIMAL_EXPONENT + " and 1e"
                        + MAX_DECIMAL_EXPONENT + " is expected"));
                return null;
            }
            return value;
        }

        @Override
        public JsonNode schema(SchemaBuilder schema) {
            return SchemaBuilder.object().put("type", "number");
        }
    };

    static final Codec DATE = new Codec() {
        @Override
        public JsonNode write(Object value) {
            return NODES.textNode(DateTimeFormatter.ISO_LOCAL_DATE.format((LocalDate) value));
        }

        @Override
        public @Nullable Object read(JsonNode node, String path, List<Problem> problems) {
            if (!node.isTextual()) {
                problems.add(Paths.wrongType(path, node, "a date (yyyy-MM-dd)"));
                return null;
            }
            LocalDate date;
            try {
                date = LocalDate.parse(node.textValue(), DateTimeFormatter.ISO_LOCAL_DATE);
            } catch (DateTimeParseException e) {
                problems.add(Paths.problem(path, node.textValue(), "not a valid date (yyyy-MM-dd)"));
                return null;
            }
            if (!Limits.isWithin(date)) {
                problems.add(Paths.problem(path, node.textValue(), Limits.dateReason()));
                return null;
            }
            return date;
        }

        @Override
        public JsonNode schema(SchemaBuilder schema) {
            return SchemaBuilder.object().put("type", "string").put("format", "date")
                    .put("description", "A date from " + Limits.MIN_DATE + " to " + Limits.MAX_DATE + ".");
        }
    };

    static final Codec REGION = new Codec() {
        @Override
        public JsonNode write(Object value) {
            return NODES.textNode(((RegionCode) value).code());
        }

        @Override
        public @Nullable Object read(JsonNode node, String path, List<Problem> problems) {
            if (!node.isTextual()) {
                problems.add(Paths.wrongType(path, node, "a region code such as \"31\""));
                return null;
            }
            try {
                return RegionCode.of(node.textValue());
            } catch (IllegalArgumentException e) {
                problems.add(Paths.problem(path, node.textValue(), "not a region code: two digits from 01 to 99, "
                        + "such as 31 for the Belgorod region"));
                return null;
            }
        }

        @Override
        public JsonNode schema(SchemaBuilder schema) {
            return schema.ref("RegionCode", () -> SchemaBuilder.object()
                    .put("description", "The official code of a subject of the Russian Federation "
                            + "(код субъекта РФ), such as \"31\" for the Belgorod region.")
                    .put("type", "string")
                    .put("pattern", "^(0[1-9]|[1-9][0-9])$"));
        }
    };

    private Scalars() {
    }

    /** Enum constants by name. */
    static final class EnumCodec implements Codec {
        private final Class<? extends Enum<?>> type;
        private final List<String> names;

        EnumCodec(Class<? extends Enum<?>> type) {
            this.type = type;
            this.names = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.toList());
        }

        @Override
        public JsonNode write(Object value) {
            return NODES.textNode(((Enum<?>) value).name());
        }

        @Override
        public @Nullable Object read(JsonNode node, String path, List<Problem> problems) {
            if (!node.isTextual()) {
                problems.add(Paths.wrongType(path, node, "a string"));
                return null;
            }
            int index = names.indexOf(node.textValue());
            if (index < 0) {
                problems.add(Paths.problem(path, node.textValue(), "not one of: " + String.join(", ", names)));
                return null;
            }
            return type.getEnumConstants()[index];
        }

        @Override
        public JsonNode schema(SchemaBuilder schema) {
            return schema.ref(type.getSimpleName(), () -> {
                ObjectNode node = SchemaBuilder.object().put("type", "string");
                ArrayNode values = node.putArray("enum");
                names.forEach(values::add);
                return node;
            });
        }
    }
}
