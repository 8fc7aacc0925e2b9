package org.nastavnik.examples.cli;

/** Small text helpers for terminal output. */
final class Text {
    private Text() {
    }

    /**
     * A value the user typed, as an error message quotes it: in quotes, on one line (a line
     * break or another control character is shown escaped, such as {@code \n}) and at most 60
     * characters.
     */
    static String quote(String value) {
        StringBuilder sb = new StringBuilder("\"");
        int shown = 0;
        for (int i = 0; i < value.length(); i++) {
            if (shown >= 60) {
                sb.append('…');
                break;
            }
            char c = value.charAt(i);
            switch (c) {
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || c == '\u0085') {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
            shown++;
        }
        return sb.append('"').toString();
    }

    static String shorten(String s, int max) {
        String oneLine = s.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= max ? oneLine : oneLine.substring(0, max - 1) + "…";
    }
}
