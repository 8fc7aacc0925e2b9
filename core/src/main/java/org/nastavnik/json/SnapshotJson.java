package org.nastavnik.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import org.nastavnik.model.Snapshot;
import org.nastavnik.model.ValidationException;

/**
 * Reads and writes a {@link Snapshot} (срез данных) in its JSON form; see the
 * {@linkplain org.nastavnik.json package documentation} for the format. Thread-safe.
 *
 * <pre>{@code
 * Snapshot snapshot = SnapshotJson.read(Path.of("belgorod-2022-10-01.json"));
 * String json = SnapshotJson.write(snapshot);
 * }</pre>
 */
public final class SnapshotJson {
    private static final JsonForm<Snapshot> FORM = JsonForm.of(Snapshot.class, "snapshot");

    private SnapshotJson() {
    }

    /**
     * Reads a snapshot from JSON text.
     *
     * @param json  the JSON document, not null
     * @return the snapshot, validated
     * @throws ValidationException if the text is not well-formed JSON, does not follow the format
     *         or describes an invalid snapshot; it lists every problem found
     * @throws NullPointerException if {@code json} is null
     */
    public static Snapshot read(String json) {
        return FORM.read(json);
    }

    /**
     * Reads a snapshot from a stream of JSON, in UTF-8 (or UTF-16/32, detected). The stream is
     * read to the end of the document and not closed.
     *
     * @param in  the stream, not null
     * @return the snapshot, validated
     * @throws ValidationException if the content is not well-formed JSON, does not follow the format
     *         or describes an invalid snapshot; it lists every problem found
     * @throws IOException if reading the stream fails
     * @throws NullPointerException if {@code in} is null
     */
    public static Snapshot read(InputStream in) throws IOException {
        return FORM.read(in);
    }

    /**
     * Reads a snapshot from a JSON file.
     *
     * @param file  the file, not null
     * @return the snapshot, validated
     * @throws ValidationException if the content is not well-formed JSON, does not follow the format
     *         or describes an invalid snapshot; it lists every problem found
     * @throws IOException if the file cannot be read
     * @throws NullPointerException if {@code file} is null
     */
    public static Snapshot read(Path file) throws IOException {
        return FORM.read(file);
    }

    /**
     * Writes a snapshot as pretty-printed JSON: two-space indent, LF line ends, a final line end,
     * fields in a fixed order, non-ASCII characters as they are.
     *
     * @param snapshot  the snapshot, not null
     * @return the JSON text; reading it gives a snapshot equal to {@code snapshot}
     * @throws NullPointerException if {@code snapshot} is null
     */
    public static String write(Snapshot snapshot) {
        return FORM.write(snapshot);
    }

    /**
     * Writes a snapshot as pretty-printed JSON in UTF-8, as {@link #write(Snapshot)} does. The
     * stream is flushed, not closed.
     *
     * @param snapshot  the snapshot, not null
     * @param out  the stream, not null
     * @throws IOException if writing to the stream fails
     * @throws NullPointerException if {@code snapshot} or {@code out} is null
     */
    public static void write(Snapshot snapshot, OutputStream out) throws IOException {
        FORM.write(snapshot, out);
    }

    /** The codec of the snapshot, for the schema generator. */
    static ObjectCodec codec() {
        return FORM.codec();
    }
}
