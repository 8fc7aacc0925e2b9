package org.nastavnik.examples.cli;

/** Small text helpers for terminal output. */
final class Text {
    private Text() {
    }

    static String shorten(String s, int max) {
        String oneLine = s.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= max ? oneLine : oneLine.substring(0, max - 1) + "…";
    }
}
