package org.nastavnik.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.nastavnik.model.Problem;
import org.nastavnik.model.Roadmap;
import org.nastavnik.model.Snapshot;
import org.nastavnik.model.ValidationException;

/**
 * The JSON form of one kind of document (вид документа): a {@link #SNAPSHOT} or a
 * {@link #ROADMAP}. Every kind is read and written the same way; see the
 * {@linkplain org.nastavnik.json package documentation} for the format. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * Snapshot snapshot = JsonDocument.SNAPSHOT.read(Path.of("belgorod-2022-10-01.json"));
 * String json = JsonDocument.ROADMAP.write(roadmap);
 * }</pre>
 *
 * @param <T>  the model type at the document's root
 */
public final class JsonDocument<T> {
    /** A {@link Snapshot} (срез данных): everything known about one territory as of a date. */
    public static final JsonDocument<Snapshot> SNAPSHOT = new JsonDocument<>(Snapshot.class, "snapshot",
            "Nastavnik snapshot", "Everything known about one territory as of a date (срез данных): roadmaps, "
                    + "organizations, people, mentorships, meetings, monitoring. Fields are named after the "
                    + "model's accessors; dates are yyyy-MM-dd; empty optional fields and empty lists are omitted.");

    /** A {@link Roadmap} (дорожная карта): the plan of activities approved by an order. */
    public static final JsonDocument<Roadmap> ROADMAP = new JsonDocument<>(Roadmap.class, "roadmap",
            "Nastavnik roadmap", "A roadmap (дорожная карта, план мероприятий) approved by an order: issuer, "
                    + "level, territory, period, sections and activities with their deadlines as canonical "
                    + "Russian phrases.");

    private static final char BYTE_ORDER_MARK = '\uFEFF';
    static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();
    private static final ObjectWriter WRITER = MAPPER.writer(printer());

    private final Class<T> type;
    private final String name;
    private final String title;
    private final String description;
    private final ObjectCodec codec;

    private JsonDocument(Class<T> type, String name, String title, String description) {
        this.type = type;
        this.name = name;
        this.title = title;
        this.description = description;
        this.codec = Codecs.objectCodec(type);
    }

    /** @return the model type at the document's root, such as {@code Snapshot.class} */
    public Class<T> type() {
        return type;
    }

    /** @return the kind's name, such as {@code "snapshot"}: the subject of its validation errors */
    public String name() {
        return name;
    }

    /**
     * Reads a document from JSON text. A leading byte order mark is ignored, as when reading bytes.
     *
     * @param json  the JSON document, not null
     * @return the value, validated
     * @throws ValidationException if the text is not well-formed JSON, does not follow the format
     *         or describes an invalid value; it lists every problem found
     * @throws NullPointerException if {@code json} is null
     */
    public T read(String json) {
        Objects.requireNonNull(json, "json");
        String text = !json.isEmpty() && json.charAt(0) == BYTE_ORDER_MARK ? json.substring(1) : json;
        try {
            return fromTree(MAPPER.readTree(text));
        } catch (JsonProcessingException e) {
            throw malformed(e);
        }
    }

    /**
     * Reads a document from a stream of JSON in UTF-8 (or UTF-16/32, detected), with or without a
     * byte order mark, to the end of the document, and reports its problems as
     * {@link #read(String)} does. The stream is decoded strictly: a byte that is not part of a
     * valid character in the detected encoding is a problem with its line and column, never
     * dropped or replaced. The stream is not closed.
     *
     * @throws IOException if reading the stream fails
     */
    public T read(InputStream in) throws IOException {
        Objects.requireNonNull(in, "in");
        JsonParser parser = MAPPER.createParser(Encodings.reader(in));
        JsonNode tree;
        try (parser) {
            tree = MAPPER.readTree(parser);
        } catch (JsonProcessingException e) {
            throw malformed(e);
        } catch (CharacterCodingException e) {
            JsonLocation at = parser.currentLocation();
            throw new ValidationException(name, List.of(Problem.of(Paths.ROOT, "line " + at.getLineNr()
                    + ", column " + at.getColumnNr(), "malformed text: a byte that is not part of a character in "
                    + "UTF-8 (or the UTF-16/32 detected)")));
        }
        return fromTree(tree);
    }

    /**
     * Reads a document from a JSON file, as {@link #read(InputStream)} does.
     *
     * @throws IOException if the file cannot be read
     */
    public T read(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

    /**
     * Writes a value as pretty-printed JSON, as {@link #text(JsonNode)} lays it out, with its
     * fields in the order the model declares them.
     *
     * @param value  the value, not null
     * @return the JSON text; reading it gives a value equal to {@code value}
     * @throws NullPointerException if {@code value} is null
     */
    public String write(T value) {
        Objects.requireNonNull(value, name);
        return text(codec.write(value));
    }

    /**
     * Writes a value as pretty-printed JSON in UTF-8, as {@link #write(Object)} does. The stream
     * is flushed, not closed.
     *
     * @param value  the value, not null
     * @param out  the stream, not null
     * @throws IOException if writing to the stream fails
     * @throws NullPointerException if {@code value} or {@code out} is null
     */
    public void write(T value, OutputStream out) throws IOException {
        Objects.requireNonNull(out, "out");
        out.write(write(value).getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /**
     * A JSON tree as text, laid out the way every Nastavnik document is, whatever module declares
     * its kind: two-space indent, {@code "name": value}, LF line ends on every platform, a final
     * line end, non-ASCII characters as they are. The same tree always gives the same text.
     *
     * @param tree  the tree, not null
     * @return the text
     * @throws NullPointerException if {@code tree} is null
     */
    public static String text(JsonNode tree) {
        Objects.requireNonNull(tree, "tree");
        try {
            return WRITER.writeValueAsString(tree) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JSON Schema (draft 2020-12) of this kind, generated from the codec that reads and writes it. */
    String schema() {
        return text(SchemaBuilder.document(codec, title, description));
    }

    /** The resource name of the committed schema, next to this class, such as {@code snapshot.schema.json}. */
    String schemaResource() {
        return name + ".schema.json";
    }

    /** The codec of the root type. */
    ObjectCodec codec() {
        return codec;
    }

    T fromTree(JsonNode tree) {
        List<Problem> problems = new ArrayList<>();
        if (tree == null || tree.isMissingNode()) {
            problems.add(Problem.of(Paths.ROOT, "", "empty document: expected a JSON object"));
            throw new ValidationException(name, problems);
        }
        Object value = codec.readRoot(tree, problems);
        if (!problems.isEmpty() || value == null) {
            throw new ValidationException(name, problems);
        }
        return type.cast(value);
    }

    private ValidationException malformed(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String where = at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
        String message = String.valueOf(e.getOriginalMessage()).lines().findFirst().orElse("");
        return new ValidationException(name, List.of(Problem.of(Paths.ROOT, where, "malformed JSON: " + message)));
    }

    /** Two-space indent, LF line ends, {@code "name": value}, on every platform. */
    private static DefaultPrettyPrinter printer() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER);
        return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
    }

    @Override
    public String toString() {
        return "JsonDocument[" + name + "]";
    }
}
