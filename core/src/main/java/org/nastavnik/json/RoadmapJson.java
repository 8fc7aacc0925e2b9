package org.nastavnik.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import org.nastavnik.model.Roadmap;
import org.nastavnik.model.ValidationException;

/**
 * Reads and writes a {@link Roadmap} (дорожная карта) in its JSON form; see the
 * {@linkplain org.nastavnik.json package documentation} for the format. Thread-safe.
 *
 * <pre>{@code
 * Roadmap roadmap = RoadmapJson.read(Path.of("belgorod-2022-10-01.json"));
 * String json = RoadmapJson.write(roadmap);
 * }</pre>
 */
public final class RoadmapJson {
    private static final JsonForm<Roadmap> FORM = JsonForm.of(Roadmap.class, "roadmap");

    private RoadmapJson() {
    }

    /**
     * Reads a roadmap from JSON text.
     *
     * @param json  the JSON document, not null
     * @return the roadmap
     * @throws ValidationException if the text is not well-formed JSON, does not follow the format
     *         or describes an invalid roadmap; it lists every problem found
     * @throws NullPointerException if {@code json} is null
     */
    public static Roadmap read(String json) {
        return FORM.read(json);
    }

    /**
     * Reads a roadmap from a stream of JSON, in UTF-8 (or UTF-16/32, detected). The stream is
     * read to the end of the document and not closed.
     *
     * @param in  the stream, not null
     * @return the roadmap
     * @throws ValidationException if the content is not well-formed JSON, does not follow the format
     *         or describes an invalid roadmap; it lists every problem found
     * @throws IOException if reading the stream fails
     * @throws NullPointerException if {@code in} is null
     */
    public static Roadmap read(InputStream in) throws IOException {
        return FORM.read(in);
    }

    /**
     * Reads a roadmap from a JSON file.
     *
     * @param file  the file, not null
     * @return the roadmap
     * @throws ValidationException if the content is not well-formed JSON, does not follow the format
     *         or describes an invalid roadmap; it lists every problem found
     * @throws IOException if the file cannot be read
     * @throws NullPointerException if {@code file} is null
     */
    public static Roadmap read(Path file) throws IOException {
        return FORM.read(file);
    }

    /**
     * Writes a roadmap as pretty-printed JSON: two-space indent, LF line ends, a final line end,
     * fields in a fixed order, non-ASCII characters as they are.
     *
     * @param roadmap  the roadmap, not null
     * @return the JSON text; reading it gives a roadmap equal to {@code roadmap}
     * @throws NullPointerException if {@code roadmap} is null
     */
    public static String write(Roadmap roadmap) {
        return FORM.write(roadmap);
    }

    /**
     * Writes a roadmap as pretty-printed JSON in UTF-8, as {@link #write(Roadmap)} does. The
     * stream is flushed, not closed.
     *
     * @param roadmap  the roadmap, not null
     * @param out  the stream, not null
     * @throws IOException if writing to the stream fails
     * @throws NullPointerException if {@code roadmap} or {@code out} is null
     */
    public static void write(Roadmap roadmap, OutputStream out) throws IOException {
        FORM.write(roadmap, out);
    }

    /** The codec of the roadmap, for the schema generator. */
    static ObjectCodec codec() {
        return FORM.codec();
    }
}
