package org.nastavnik.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.nastavnik.deadline.Deadline;
import org.nastavnik.model.Problem;
import org.nastavnik.model.RegionCode;
import org.nastavnik.model.Roadmap;
import org.nastavnik.model.Snapshot;
import org.nastavnik.model.ValidationException;

/**
 * A Jackson module that lets your own {@code ObjectMapper} read and write every model type in
 * the documented JSON form, the same form {@link JsonDocument} writes, with the same validation:
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new NastavnikModule());
 * Snapshot snapshot = mapper.readValue(json, Snapshot.class);     // ValidationException: every problem
 * String text = mapper.writeValueAsString(snapshot);
 * }</pre>
 *
 * <p>It registers a serializer and a deserializer for {@link Snapshot}, {@link Roadmap} and every
 * value type they hold ({@code Organization}, {@code Mentorship}, …), {@link RegionCode} and
 * {@link Deadline}; the model classes carry no Jackson annotation. Your mapper's settings do not
 * change the form: dates are always ISO strings, empty optional values and lists are left out,
 * numbers such as {@code targetPercent} are read exactly, and the fields come in the model's
 * order. Your own types keep your settings.
 *
 * <p>Reading a model value throws one {@link ValidationException}, not a Jackson exception, that
 * lists every problem with its path: unknown and missing fields, wrong types, bad dates and enum
 * constants, then the value's own validation (for a snapshot, dangling references, duplicate ids
 * and dates in impossible order). Jackson passes it through unchanged for a model value at the
 * root of the document; inside one of your own types Jackson wraps it in a
 * {@code JsonMappingException} whose cause it is. Malformed JSON is reported by your parser as
 * usual.
 *
 * <p>How the work is shared: Jackson parses and generates the text, integrates with your mapper
 * and builds the tree; Nastavnik's codec ({@code ObjectCodec}, package-private) maps the tree to
 * the model through each type's builder, because Jackson's deserializers stop at the first
 * problem and cannot list every problem of a document with its path.
 */
public final class NastavnikModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    /** Registers the serializers and deserializers of every model type. */
    public NastavnikModule() {
        super("nastavnik", Version.unknownVersion());
        Map<Class<?>, Codec> codecs = Codecs.reachable(Snapshot.class);
        List<Class<?>> types = new ArrayList<>(codecs.keySet());
        types.sort(Comparator.comparing(Class::getName));
        for (Class<?> type : types) {
            Codec codec = codecs.get(type);
            if (codec instanceof ObjectCodec || type == RegionCode.class || type == Deadline.class) {
                register(type, codec);
            }
        }
    }

    private <T> void register(Class<T> type, Codec codec) {
        addSerializer(type, new Writer<>(type, codec));
        addDeserializer(type, new Reader<>(type, codec));
    }

    /** Writes a model value as its codec does, whatever the mapper's settings. */
    private static final class Writer<T> extends JsonSerializer<T> {
        private final Class<T> type;
        private final Codec codec;

        Writer(Class<T> type, Codec codec) {
            this.type = type;
            this.codec = codec;
        }

        @Override
        public Class<T> handledType() {
            return type;
        }

        @Override
        public void serialize(T value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeTree(codec.write(value));
        }
    }

    /** Reads a model value from the tree at the parser, listing every problem. */
    private static final class Reader<T> extends JsonDeserializer<T> {
        /** Nastavnik's settings; the value may be inside a host's document, so tokens may follow it. */
        private static final ObjectReader TREES = JsonDocument.MAPPER.reader()
                .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

        private final Class<T> type;
        private final Codec codec;
        private final String subject;

        Reader(Class<T> type, Codec codec) {
            this.type = type;
            this.codec = codec;
            this.subject = type == Snapshot.class ? JsonDocument.SNAPSHOT.name()
                    : type == Roadmap.class ? JsonDocument.ROADMAP.name() : type.getSimpleName();
        }

        @Override
        public Class<?> handledType() {
            return type;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            // Read with Nastavnik's own settings (numbers with a fraction as BigDecimal, exactly).
            JsonNode tree = TREES.readTree(p);
            if (type == Snapshot.class) {
                return type.cast(JsonDocument.SNAPSHOT.fromTree(tree));
            }
            if (type == Roadmap.class) {
                return type.cast(JsonDocument.ROADMAP.fromTree(tree));
            }
            List<Problem> problems = new ArrayList<>();
            Object value = codec instanceof ObjectCodec o ? o.readRoot(tree, problems) : codec.read(tree, "", problems);
            if (!problems.isEmpty() || value == null) {
                throw new ValidationException(subject, problems.isEmpty()
                        ? List.of(Problem.of(Paths.ROOT, Paths.text(tree), "not a " + type.getSimpleName())) : problems);
            }
            return type.cast(value);
        }
    }
}
