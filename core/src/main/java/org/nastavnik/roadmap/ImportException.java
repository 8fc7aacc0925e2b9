package org.nastavnik.roadmap;

import java.util.Objects;

/**
 * Thrown when nothing at all could be read from a document: the file cannot be read, is too large,
 * damaged, protected by a password, in a format not read, a PDF without a text layer, or text that
 * is not UTF-8; the text is empty, is binary data, or holds neither a header, nor order items, nor
 * a table. Anything less is reported as {@link DocumentFinding findings} next to a partial roadmap.
 */
public final class ImportException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why nothing could be read. */
    public enum Reason {
        /** The file could not be opened or read. */
        UNREADABLE_FILE,
        /** The file's bytes are not valid UTF-8. */
        NOT_UTF8,
        /** The text is empty or only white space. */
        EMPTY,
        /** The text is binary data, not a document. */
        NOT_TEXT,
        /** The text holds no header, no order items and no table. */
        NOTHING_READABLE,
        /** The file is larger than a roadmap document can be ({@link RoadmapReader#MAX_FILE_BYTES}). */
        TOO_LARGE,
        /** The document is protected by a password. */
        ENCRYPTED,
        /** The file is damaged or cut short: a .docx or .pdf that cannot be opened. */
        CORRUPT,
        /** The file is in a format the reader does not read (a legacy .doc, RTF). */
        UNSUPPORTED_FORMAT,
        /** A PDF with no text layer (a scan): there is no text to read without recognition. */
        NO_TEXT_LAYER
    }

    private final Reason reason;

    /**
     * @param reason  why nothing could be read, not null
     * @param message  the message, naming the file or the values that decided it, not null
     */
    public ImportException(Reason reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /**
     * @param reason  why nothing could be read, not null
     * @param message  the message, naming the file, not null
     * @param cause  the underlying I/O error, not null
     */
    public ImportException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** @return why nothing could be read */
    public Reason reason() {
        return reason;
    }
}
