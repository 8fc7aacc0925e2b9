package org.nastavnik.roadmap;

/**
 * One physical line of the input: its 1-based number, the text as given and the text cleaned
 * of markup (HTML tags, markdown emphasis and links, non-breaking spaces, control characters).
 */
record SourceLine(int number, String raw, String clean) {

    boolean isBlank() {
        return clean.isBlank();
    }

    boolean hasCells() {
        return clean.indexOf('\t') >= 0;
    }
}
