package org.nastavnik.roadmap;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.nastavnik.model.Roadmap;
import org.nastavnik.model.Snapshot;

/**
 * Reads a roadmap from the text of an order (приказ, распоряжение) or of approved recommendations
 * («Утверждаю»), usually with an appendix table of activities, as it comes out of a PDF or DOC
 * converter: tab-separated table rows, rows broken across pages, HTML and markdown left-overs.
 *
 * <p>What it reads:
 * <ul>
 *   <li>the header: issuing body (from the signature, put into the nominative: «Руководитель
 *       управления образования …» gives «Управление образования …»), document kind, date, number,
 *       place, title and signer; the appendix's own approval reference, checked against the order;
 *   <li>the order's operative items that impose an obligation with a date («В срок до 07.03.2022
 *       назначить …»), as activities with origin {@code ORDER_ITEM}, numbered «order-» plus the item
 *       number («order-4.1»); an unnumbered dash item is numbered by its parent item and its position
 *       among the parent's dash items («order-2.3»);
 *   <li>the table: sections and activities (see the column and row rules in the findings), with
 *       deadline cells parsed against the roadmap's period and approval date, and responsible cells
 *       split into people and roles;
 *   <li>a working group list («Состав рабочей группы»).
 * </ul>
 *
 * <p>The period is the caller's ({@link ReadOptions#period()}), else the years in the title
 * («на 2021-2022 год» is 1 January 2021 to 31 December 2022), else from the approval date to
 * 31 December of the same year, or of the next year when the document is dated 1 September or
 * later. Activities under an unnumbered section carry the section's position (1-based) as their
 * section number.
 *
 * <p>Nothing is lost silently: every table row and every dated order item becomes an activity or
 * a {@link DocumentFinding} that quotes it. Processing is linear in the size of the text.
 *
 * <pre>{@code
 * ImportResult result = RoadmapReader.read(Path.of("order.txt"),
 *         ReadOptions.of("belgorod-2022", Territory.municipality("31", "город Белгород")));
 * Roadmap roadmap = result.roadmap();
 * result.findings(FindingCode.APPENDIX_NUMBER_MISMATCH).forEach(f -> System.out.println(f.message(Language.RU)));
 * }</pre>
 */
public final class RoadmapReader {
    private static final int MIN_JUNK = 8;

    private RoadmapReader() {
    }

    /**
     * Reads a roadmap from text.
     *
     * @param text  the document's text, not null
     * @param options  the roadmap id, territory, level and optional period, not null
     * @return the roadmap with everything that could be read, and the findings
     * @throws ImportException if the text is empty ({@code EMPTY}), is binary data ({@code NOT_TEXT})
     *         or holds no header, no order items and no table ({@code NOTHING_READABLE})
     */
    public static ImportResult read(String text, ReadOptions options) throws ImportException {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(options, "options");
        if (text.isBlank()) {
            throw new ImportException(ImportException.Reason.EMPTY,
                    "the text is empty (" + text.length() + " characters, all white space): there is nothing to read");
        }
        checkIsText(text);
        return new DocumentReader(options).read(text);
    }

    /**
     * Reads a roadmap from a file: a Word document (.docx), a PDF with a text layer, or UTF-8 text,
     * told apart by their content, not by the file's name. A .docx is read with its real tables
     * (merged cells, rows split over pages) and automatic numbering; a PDF's text layer is laid out
     * again into lines and table rows. All three come into the same model.
     *
     * @param file  the file, not null
     * @param options  the roadmap id, level and optional territory and period, not null
     * @return the roadmap with everything that could be read, and the findings
     * @throws ImportException if the file cannot be read ({@code UNREADABLE_FILE}), is larger than
     *         {@value #MAX_FILE_BYTES} bytes ({@code TOO_LARGE}), is protected by a password
     *         ({@code ENCRYPTED}), is damaged or cut short ({@code CORRUPT}), is a legacy .doc or
     *         RTF ({@code UNSUPPORTED_FORMAT}), is a PDF without a text layer ({@code NO_TEXT_LAYER}),
     *         is text but not UTF-8 ({@code NOT_UTF8}), or for any reason
     *         {@link #read(String, ReadOptions)} gives; the message names the file
     */
    public static ImportResult read(Path file, ReadOptions options) throws ImportException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(options, "options");
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new ImportException(ImportException.Reason.TOO_LARGE, "roadmap file " + file + " is "
                        + size + " bytes, more than the " + MAX_FILE_BYTES + " a roadmap document may have; "
                        + "is it the right file?");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException | OutOfMemoryError e) {
            throw new ImportException(ImportException.Reason.UNREADABLE_FILE,
                    "cannot read roadmap file " + file + ": " + e, e);
        }
        try {
            return read(bytes, options);
        } catch (ImportException e) {
            throw new ImportException(e.reason(), "roadmap file " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads each roadmap document (.docx, text-layer PDF or text) into a roadmap, with the id of its
     * file name (without the extension; «-2», «-3» added where the snapshot or another document
     * already has that id), its territory and period read from the document itself, and adds them
     * to the snapshot. What the reader noticed travels with each roadmap ({@code documentNotes}).
     *
     * @param snapshot  the snapshot, not null; not changed
     * @param documents  the roadmap documents, not null
     * @return a new snapshot with the roadmaps added
     * @throws ImportException if a document cannot be read at all; the message names it
     * @throws org.nastavnik.model.ValidationException if a roadmap cannot join the snapshot
     * @throws IllegalArgumentException if an element of {@code documents} is null or has no file
     *     name (a root directory); the message lists every such element by its index
     */
    public static Snapshot addTo(Snapshot snapshot, List<Path> documents) throws ImportException {
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(documents, "documents");
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            Path document = documents.get(i);
            if (document == null) {
                problems.add("documents[" + i + "] is null: give the path of a roadmap document");
            } else if (document.getFileName() == null) {
                problems.add("documents[" + i + "] (\"" + document + "\") has no file name: give the path of a"
                        + " roadmap document, not of a root directory");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        Set<String> ids = new HashSet<>();
        snapshot.roadmaps().forEach(r -> ids.add(r.id()));
        List<Roadmap> roadmaps = new ArrayList<>();
        for (Path document : documents) {
            String base = document.getFileName().toString().replaceFirst("\\.[^.]*$", "");
            String id = base.isBlank() ? "roadmap" : base;
            for (int n = 2; ids.contains(id); n++) {
                id = base + "-" + n;
            }
            ids.add(id);
            roadmaps.add(RoadmapReader.read(document, ReadOptions.of(id)).roadmap());
        }
        return Snapshot.builder().from(snapshot).addAllRoadmaps(roadmaps).build();
    }

    /** The largest roadmap document read, in bytes (20 MB; the five real ones are 5 to 12 KB as text). */
    public static final long MAX_FILE_BYTES = 20L * 1024 * 1024;

    /**
     * Reads a roadmap from a document's bytes: .docx, text-layer PDF or UTF-8 text, told apart by
     * their content.
     *
     * @param bytes  the document, not null; not changed
     * @param options  the roadmap id, level and optional territory and period, not null
     * @return the roadmap with everything that could be read, and the findings
     * @throws ImportException as {@link #read(Path, ReadOptions)}, without the file's name
     */
    public static ImportResult read(byte[] bytes, ReadOptions options) throws ImportException {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(options, "options");
        if (bytes.length > MAX_FILE_BYTES) {
            throw new ImportException(ImportException.Reason.TOO_LARGE, bytes.length + " bytes, more than the "
                    + MAX_FILE_BYTES + " a roadmap document may have");
        }
        if (bytes.length == 0) {
            throw new ImportException(ImportException.Reason.EMPTY, "the file is empty (0 bytes): there is nothing to read");
        }
        return read(Documents.text(bytes), options);
    }

    private static void checkIsText(String text) throws ImportException {
        long bad = 0;
        long visible = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                continue;
            }
            visible++;
            if (c == '\uFFFD' || (Character.isISOControl(c)) || Character.getType(c) == Character.PRIVATE_USE
                    || Character.getType(c) == Character.UNASSIGNED) {
                bad++;
            }
        }
        if (bad >= MIN_JUNK && bad * 10 >= visible) {
            throw new ImportException(ImportException.Reason.NOT_TEXT,
                    "the text is binary data, not a document: " + bad + " of " + visible
                            + " visible characters are control characters or undecodable bytes");
        }
    }

    static int firstMalformed(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        var out = java.nio.CharBuffer.allocate(Math.max(16, bytes.length));
        var result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : -1;
    }
}
