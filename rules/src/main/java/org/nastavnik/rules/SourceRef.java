package org.nastavnik.rules;

import java.util.Objects;

/**
 * Where a rule comes from: a document, such as «Распоряжение Минпросвещения России от
 * 25.12.2019 № Р-145», and a clause in it.
 */
public final class SourceRef {

    private final String document;
    private final String clause;

    private SourceRef(String document, String clause) {
        this.document = Objects.requireNonNull(document, "document");
        this.clause = Objects.requireNonNull(clause, "clause");
    }

    /**
     * @param document  the document's official title, not null
     * @param clause  the clause, row or section, empty if none, not null
     * @return the reference
     */
    public static SourceRef of(String document, String clause) {
        return new SourceRef(document, clause);
    }

    /** @return the document's official title, in Russian */
    public String document() {
        return document;
    }

    /** @return the clause, row or section in the document; empty if none is known */
    public String clause() {
        return clause;
    }

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
