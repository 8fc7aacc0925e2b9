package org.nastavnik.roadmap;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.nastavnik.model.DocumentKind;
import org.nastavnik.model.DocumentRef;

/** What the header reader found; every field may be missing. Indexes are into the line list. */
final class Header {
    @Nullable DocumentKind kind;
    @Nullable LocalDate date;
    @Nullable String number;
    @Nullable String place;
    @Nullable String title;
    @Nullable String issuer;
    @Nullable String signer;
    /** The first line of the operative part (after «ПРИКАЗЫВАЮ:»), or -1. */
    int operativeStart = -1;
    /** The line after the operative part (the signature, the appendix or the table). */
    int operativeEnd = -1;
    @Nullable DocumentRef appendixReference;
    int appendixLine;
    String appendixSnippet = "";
    boolean appendixBlank;

    boolean isEmpty() {
        return kind == null && date == null && number == null && title == null && issuer == null && signer == null;
    }
}
