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
import org.nastavnik.model.ValidationException;

/**
 * The JSON form of one root type of the model: reading with every problem collected, and
 * deterministic pretty-printed writing. Immutable and thread-safe.
 */
final class JsonForm<T> {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();
    private static final ObjectWriter WRITER = MAPPER.writer(printer());

    private final Class<T> type;
    private final String subject;
    private final ObjectCodec codec;

    private JsonForm(Class<T> type, String subject) {
        this.type = type;
        this.subject = subject;
        this.codec = Codecs.objectCodec(type);
    }

    static <T> JsonForm<T> of(Class<T> type, String subject) {
        return new JsonForm<>(type, subject);
    }

    ObjectCodec codec() {
        return codec;
    }

    T read(String json) {
        Objects.requireNonNull(json, "json");
        // a byte order mark is read as the stream reader reads it: as no part of the document
        String text = json.startsWith("\uFEFF") ? json.substring(1) : json;
        JsonNode tree;
        try {
            tree = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw malformed(e);
        }
        return fromTree(tree);
    }

    /**
     * Reads a stream, decoded strictly: a byte that is not part of a valid character in the
     * detected encoding is an error with its line and column, never dropped or replaced.
     */
    T read(InputStream in) throws IOException {
        Objects.requireNonNull(in, "in");
        JsonNode tree;
        JsonParser parser = MAPPER.createParser(Encodings.reader(in));
        try (parser) {
            tree = MAPPER.readTree(parser);
        } catch (JsonProcessingException e) {
            throw malformed(e);
        } catch (CharacterCodingException e) {
            JsonLocation at = parser.currentLocation();
            throw new ValidationException(subject, List.of(Problem.of(Paths.ROOT, "line " + at.getLineNr()
                    + ", column " + at.getColumnNr(), "malformed text: a byte that is not part of a character in "
                    + "UTF-8 (or the UTF-16/32 detected)")));
        }
        return fromTree(tree);
    }

    T read(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

    String write(T value) {
        Objects.requireNonNull(value, subject);
        return pretty(codec.write(value));
    }

    /** A node as text the way documents are written: pretty-printed, LF line ends, a final line end. */
    static String pretty(JsonNode node) {
        try {
            return WRITER.writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    void write(T value, OutputStream out) throws IOException {
        Objects.requireNonNull(out, "out");
        out.write(write(value).getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private T fromTree(JsonNode tree) {
        List<Problem> problems = new ArrayList<>();
        if (tree == null || tree.isMissingNode()) {
            problems.add(Problem.of(Paths.ROOT, "", "empty document: expected a JSON object"));
            throw new ValidationException(subject, problems);
        }
        Object value = codec.readRoot(tree, problems);
        if (!problems.isEmpty() || value == null) {
            throw new ValidationException(subject, problems);
        }
        return type.cast(value);
    }

    private ValidationException malformed(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String where = at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
        String message = String.valueOf(e.getOriginalMessage()).lines().findFirst().orElse("");
        return new ValidationException(subject, List.of(Problem.of(Paths.ROOT, where, "malformed JSON: " + message)));
    }

    /** Two-space indent, LF line ends, {@code "name": value}, on every platform. */
    private static DefaultPrettyPrinter printer() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER);
        return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
    }
}
