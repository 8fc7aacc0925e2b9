package org.nastavnik.rules;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a rule comes from: a document, such as «Распоряжение Минпросвещения России от
 * 25.12.2019 № Р-145», a clause in it, and the days the document is in force (вступает в силу,
 * утрачивает силу), where known.
 */
public final class SourceRef {

    private final String document;
    private final String clause;
    private final LocalDate inForceFrom;
    private final LocalDate inForceUntil;

    private SourceRef(String document, String clause, LocalDate inForceFrom, LocalDate inForceUntil) {
        this.document = Objects.requireNonNull(document, "document");
        this.clause = Objects.requireNonNull(clause, "clause");
        if (inForceFrom != null && inForceUntil != null && inForceUntil.isBefore(inForceFrom)) {
            throw new IllegalArgumentException("source " + document + " ends (" + inForceUntil
                    + ") before it takes effect (" + inForceFrom + ")");
        }
        this.inForceFrom = inForceFrom;
        this.inForceUntil = inForceUntil;
    }

    /**
     * A reference with no known dates, as read back from a report.
     *
     * @param document  the document's official title, not null
     * @param clause  the clause, row or section, empty if none, not null
     * @return the reference
     */
    public static SourceRef of(String document, String clause) {
        return new SourceRef(document, clause, null, null);
    }

    /**
     * @param document  the document's official title, not null
     * @param clause  the clause, row or section, empty if none, not null
     * @param inForceFrom  the first day the document is in force, not null
     * @param inForceUntil  the last day it is in force, or null while it is in force
     * @return the reference
     * @throws IllegalArgumentException if it ends before it takes effect
     */
    public static SourceRef of(String document, String clause, LocalDate inForceFrom, LocalDate inForceUntil) {
        return new SourceRef(document, clause, Objects.requireNonNull(inForceFrom, "inForceFrom"), inForceUntil);
    }

    /** @return the document's official title, in Russian */
    public String document() {
        return document;
    }

    /** @return the clause, row or section in the document; empty if none is known */
    public String clause() {
        return clause;
    }

    /** @return the first day the document is in force, if known */
    public Optional<LocalDate> inForceFrom() {
        return Optional.ofNullable(inForceFrom);
    }

    /** @return the last day the document is in force, if it has ceased to be or will cease on a known day */
    public Optional<LocalDate> inForceUntil() {
        return Optional.ofNullable(inForceUntil);
    }

    /**
     * Two references are equal when they name the same document and clause: the dates describe
     * the document and are not written into reports, so a report read back equals the one written.
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof SourceRef other && document.equals(other.document) && clause.equals(other.clause);
    }

    @Override
    public int hashCode() {
        return Objects.hash(document, clause);
    }

    /** @return the document, then the clause after a comma if there is one */
    @Override
    public String toString() {
        return clause.isEmpty() ? document : document + ", " + clause;
    }
}
