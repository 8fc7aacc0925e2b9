package org.nastavnik.roadmap;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits the input into lines and cleans each: markup removed, spaces normalised, tabs kept (they
 * separate table cells). Every step is a single pass over the text.
 */
final class SourceText {
    static final int MAX_LINE_LENGTH = 100_000;
    private static final Pattern LINK = Pattern.compile("\\[([^\\[\\]\\n]{0,300})\\]\\([^()\\s]{0,300}\\)");
    private static final Pattern PIPE_SEPARATOR = Pattern.compile("\\|?(?:\\s*:?-{2,}:?\\s*\\|)+\\s*:?-{0,}:?\\s*");

    private final List<SourceLine> lines;
    private final int removedCharacters;
    private final int longLines;

    private SourceText(List<SourceLine> lines, int removedCharacters, int longLines) {
        this.lines = lines;
        this.removedCharacters = removedCharacters;
        this.longLines = longLines;
    }

    List<SourceLine> lines() {
        return lines;
    }

    int removedCharacters() {
        return removedCharacters;
    }

    int longLines() {
        return longLines;
    }

    static SourceText of(String text, Findings findings) {
        List<SourceLine> lines = new ArrayList<>();
        int removed = 0;
        int longLines = 0;
        int start = text.startsWith("\uFEFF") ? 1 : 0;
        int number = 0;
        int n = text.length();
        while (start <= n) {
            int end = start;
            while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            number++;
            String raw = text.substring(start, end);
            if (raw.length() > MAX_LINE_LENGTH) {
                longLines++;
                findings.add(FindingCode.LINE_TOO_LONG,
                        "строка " + number + " длиной " + raw.length() + " символов (больше " + MAX_LINE_LENGTH
                                + ") пропущена",
                        "line " + number + " of " + raw.length() + " characters (more than " + MAX_LINE_LENGTH
                                + ") was skipped",
                        number, null, raw);
                lines.add(new SourceLine(number, raw, ""));
            } else {
                StringBuilder sb = new StringBuilder(raw.length());
                removed += clean(raw, sb);
                lines.add(new SourceLine(number, raw, finish(sb.toString())));
            }
            if (end < n && text.charAt(end) == '\r' && end + 1 < n && text.charAt(end + 1) == '\n') {
                end++;
            }
            if (end >= n) {
                break;
            }
            start = end + 1;
        }
        return new SourceText(List.copyOf(lines), removed, longLines);
    }

    /** Removes HTML tags and control characters, turns exotic spaces into plain ones; returns how many bad characters it removed. */
    private static int clean(String raw, StringBuilder out) {
        int bad = 0;
        int n = raw.length();
        for (int i = 0; i < n; i++) {
            char c = raw.charAt(i);
            if (c == '<') {
                int close = tagEnd(raw, i);
                if (close > 0) {
                    i = close;
                    continue;
                }
            }
            if (c == '\t') {
                out.append('\t');
            } else if (c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\u2002' || c == '\u2003'
                    || c == '\u2009' || c == '\f' || c == '\u000B') {
                out.append(' ');
            } else if (c == '\u00AD' || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\uFEFF') {
                // soft hyphen and zero-width characters: invisible in the document, dropped silently
                continue;
            } else if (c == '\uFFFD' || Character.isISOControl(c) || Character.getType(c) == Character.UNASSIGNED
                    || Character.getType(c) == Character.PRIVATE_USE
                    || (Character.isSurrogate(c) && !validSurrogate(raw, i))) {
                bad++;
            } else {
                out.append(c);
            }
        }
        return bad;
    }

    private static boolean validSurrogate(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }

    /** @return the index of the closing '>' of an HTML tag starting at {@code i}, or -1 */
    private static int tagEnd(String s, int i) {
        int limit = Math.min(s.length(), i + 200);
        if (i + 1 >= limit) {
            return -1;
        }
        char first = s.charAt(i + 1);
        if (!(first == '/' || first == '!' || (first >= 'a' && first <= 'z') || (first >= 'A' && first <= 'Z'))) {
            return -1;
        }
        for (int j = i + 1; j < limit; j++) {
            char c = s.charAt(j);
            if (c == '>') {
                return j;
            }
            if (c == '<' || c == '\t') {
                return -1;
            }
        }
        return -1;
    }

    private static String finish(String line) {
        String s = line;
        if (s.indexOf('[') >= 0) {
            Matcher m = LINK.matcher(s);
            s = m.replaceAll(r -> Matcher.quoteReplacement(r.group(1)));
        }
        if (s.indexOf("**") >= 0) {
            s = s.replace("**", "");
        }
        if (s.indexOf("__") >= 0 && s.indexOf("___") < 0) {
            s = s.replace("__", "");
        }
        String trimmed = s.strip();
        if (trimmed.startsWith("|") && trimmed.endsWith("|") && trimmed.length() > 2) {
            if (PIPE_SEPARATOR.matcher(trimmed).matches()) {
                return "";
            }
            String inner = trimmed.substring(1, trimmed.length() - 1);
            s = inner.replace('|', '\t');
        }
        if (isSeparator(s)) {
            return "";
        }
        return stripEnd(s);
    }

    /** A markdown table separator such as {@code ---	--	--	--}. */
    static boolean isSeparator(String s) {
        boolean dash = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '-' || c == ':' || c == '—' || c == '–') {
                dash |= c != ':';
            } else if (c != '\t' && c != ' ' && c != '|' && c != '+' && c != '=') {
                return false;
            }
        }
        return dash && (s.indexOf('\t') >= 0 || s.indexOf('|') >= 0 || s.strip().length() >= 3);
    }

    private static String stripEnd(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == ' ') {
            end--;
        }
        return s.substring(0, end);
    }

    /** Trims a cell and collapses runs of white space into one space. */
    static String cell(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                space = sb.length() > 0;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }

    static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max) + "…";
    }
}
