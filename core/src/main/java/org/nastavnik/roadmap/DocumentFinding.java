package org.nastavnik.roadmap;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Something the reader noticed in a document: an inconsistency (the appendix names another order
 * number), a part it could not read (a row, a deadline) or an unusual layout it read anyway.
 * Each finding says where (line, table row) and quotes the text verbatim.
 */
public final class DocumentFinding {
    private final FindingCode code;
    private final String russian;
    private final String english;
    private final int line;
    private final @Nullable String row;
    private final String snippet;

    private DocumentFinding(FindingCode code, String russian, String english, int line,
            @Nullable String row, String snippet) {
        this.code = Objects.requireNonNull(code, "code");
        this.russian = Objects.requireNonNull(russian, "russian");
        this.english = Objects.requireNonNull(english, "english");
        this.line = line;
        this.row = row;
        this.snippet = Objects.requireNonNull(snippet, "snippet");
    }

    /**
     * @param code  the finding's code, not null
     * @param russian  the message in Russian, naming the values found, not null
     * @param english  the message in English, naming the values found, not null
     * @param line  the 1-based line of the input where it was found, or 0 for the whole document
     * @param row  the number of the table row or order item, if any
     * @param snippet  the text quoted verbatim from the input, not null
     * @return the finding
     */
    public static DocumentFinding of(FindingCode code, String russian, String english, int line,
            @Nullable String row, String snippet) {
        return new DocumentFinding(code, russian, english, line, row, snippet);
    }

    /** @return the stable code */
    public FindingCode code() {
        return code;
    }

    /** @return how much it matters */
    public FindingLevel level() {
        return code.level();
    }

    /** @return the message in Russian */
    public String russian() {
        return russian;
    }

    /** @return the message in English */
    public String english() {
        return english;
    }

    /** @return the 1-based line of the input where it was found, or 0 if it concerns the whole document */
    public int line() {
        return line;
    }

    /** @return the number of the table row or order item it concerns, such as «2.6», if any */
    public Optional<String> row() {
        return Optional.ofNullable(row);
    }

    /** @return the text it concerns, quoted verbatim from the input (shortened if very long) */
    public String snippet() {
        return snippet;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DocumentFinding f && code == f.code && line == f.line && Objects.equals(row, f.row)
                && russian.equals(f.russian) && english.equals(f.english) && snippet.equals(f.snippet);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, line, row, snippet);
    }

    /** @return {@code CODE line N [row R]: english message «snippet»} */
    @Override
    public String toString() {
        return code + " line " + line + (row == null ? "" : " row " + row) + ": " + english + " «" + snippet + "»";
    }
}
