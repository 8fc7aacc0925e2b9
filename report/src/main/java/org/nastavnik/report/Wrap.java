package org.nastavnik.report;

import java.util.ArrayList;
import java.util.List;

/** Word wrapping for the terminal. */
final class Wrap {
    private Wrap() {
    }

    /**
     * Splits text into lines of at most {@code width} characters, at spaces; a word longer
     * than the width is cut. Linear in the text's length, however long its words.
     */
    static List<String> lines(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (word.length() > width) {
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                // cut by index: the rest is never copied again
                int from = 0;
                while (word.length() - from > width) {
                    lines.add(word.substring(from, from + width));
                    from += width;
                }
                word = word.substring(from);
            }
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    static String shorten(String text, int max) {
        String one = text.replaceAll("\\s+", " ").strip();
        return one.length() <= max ? one : one.substring(0, Math.max(0, max - 1)) + "…";
    }
}
