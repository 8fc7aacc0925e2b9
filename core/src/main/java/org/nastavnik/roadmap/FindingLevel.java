package org.nastavnik.roadmap;

/** How much a document finding matters. */
public enum FindingLevel {
    /** Something could not be read; part of the document is missing from the roadmap. */
    ERROR,
    /** The document is inconsistent or incomplete, but everything was read. */
    WARNING,
    /** Worth knowing: how an unusual layout was read. */
    INFO
}
