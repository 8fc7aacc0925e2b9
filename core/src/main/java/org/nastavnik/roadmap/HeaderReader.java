package org.nastavnik.roadmap;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.nastavnik.model.DocumentKind;
import org.nastavnik.model.DocumentRef;

/**
 * Reads the order's header (kind, date, number, place, title), its signature (issuing body and
 * signer), the «Утверждаю» block of approved recommendations, and the appendix's own approval
 * reference («УТВЕРЖДЕН приказом … от «03» марта 2022 г. № 825», «Приложение к приказу … от _____ № _____»).
 */
final class HeaderReader {
    private static final int SHORT = 160;
    private static final Pattern INTRO = Pattern.compile(
            "^(?:В соответствии|Во исполнение|В целях|На основании|Руководствуясь)", Pattern.UNICODE_CASE);
    private static final Pattern TITLE = Pattern.compile("^(?:Об?|Обо)\\s+\\S");
    private static final Pattern NUMBER = Pattern.compile("№\\s*([^\\s,;]+)");
    private static final Pattern PLACE = Pattern.compile("^(?:г\\.|город)\\s?[А-ЯЁ][А-Яа-яЁё\\-]*(?:[ -][А-ЯЁ][А-Яа-яЁё\\-]*)?$");
    private static final Pattern POSITION = Pattern.compile(
            "^(?:(?:первый\\s+)?заместитель\\s+|и\\.\\s?о\\.\\s+|исполняющий\\s+обязанности\\s+|врио\\s+)?"
                    + "(?:заведующего|заведующий|заведующая|руководителя|руководитель|директора|директор|начальника|начальник"
                    + "|главы|глава|председателя|председатель|министра|министр)(?:\\s+|$)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern APPENDIX = Pattern.compile("^(?:УТВЕРЖДЕН[АОЫ]?|Утвержден[аоы]?|Приложение|ПРИЛОЖЕНИЕ)(?:\\s|$|:)");
    private static final Pattern ORDER_WORD = Pattern.compile("(?:приказом|приказу|приказ|распоряжением|распоряжению|постановлением|постановлению)\\s+(.*?)\\s*(?<=\\s)от(?:\\s|[«\"_]|$)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern BLANK = Pattern.compile("(?:от\\s*_{2,}|№\\s*_{2,})");
    private static final Map<String, String> NOMINATIVE = Map.ofEntries(
            Map.entry("управления", "управление"), Map.entry("управлением", "управление"),
            Map.entry("муниципальным", "муниципальное"), Map.entry("муниципального", "муниципальное"),
            Map.entry("учреждением", "учреждение"), Map.entry("учреждения", "учреждение"),
            Map.entry("отделом", "отдел"), Map.entry("отдела", "отдел"),
            Map.entry("комитетом", "комитет"), Map.entry("комитета", "комитет"),
            Map.entry("департаментом", "департамент"), Map.entry("департамента", "департамент"),
            Map.entry("министерством", "министерство"), Map.entry("министерства", "министерство"),
            Map.entry("центром", "центр"), Map.entry("центра", "центр"),
            Map.entry("администрацией", "администрация"));

    private HeaderReader() {
    }

    static Header read(List<SourceLine> lines, int tableStart) {
        Header h = new Header();
        int zoneEnd = readTop(lines, tableStart, h);
        readOperative(lines, zoneEnd, tableStart, h);
        readAppendixReference(lines, Math.max(0, h.operativeEnd), tableStart, h);
        if (h.issuer == null) {
            h.issuer = capsIssuer(lines, zoneEnd);
        }
        return h;
    }

    /** Reads kind, date, number, place and title before the preamble; returns where the preamble starts. */
    private static int readTop(List<SourceLine> lines, int tableStart, Header h) {
        int i = 0;
        for (; i < tableStart; i++) {
            String s = lines.get(i).clean().strip();
            if (s.isEmpty()) {
                continue;
            }
            if (INTRO.matcher(s).find() || operativeMarker(s) || (s.length() > 400 && !TITLE.matcher(s).find())) {
                break;
            }
            if (s.length() > SHORT) {
                if (h.title == null && TITLE.matcher(s).find()) {
                    i = readTitle(lines, i, tableStart, h);
                }
                continue;
            }
            String letters = letters(s);
            if (h.kind == null) {
                DocumentKind kind = kind(letters);
                if (kind != null) {
                    h.kind = kind;
                    continue;
                }
                if (letters.toLowerCase(Locale.ROOT).startsWith("утверждаю")) {
                    h.kind = DocumentKind.RECOMMENDATIONS;
                    i = readApprovalStamp(lines, i, tableStart, h);
                    continue;
                }
            }
            if (h.title == null && TITLE.matcher(s).find()) {
                i = readTitle(lines, i, tableStart, h);
                continue;
            }
            if (h.date == null && s.length() < 60) {
                Optional<java.time.LocalDate> date = HeaderDates.first(s);
                if (date.isPresent()) {
                    h.date = date.get();
                    readNumber(s, h);
                    continue;
                }
            }
            if (h.number == null && s.length() < 60 && readNumber(s, h)) {
                continue;
            }
            if (h.place == null && PLACE.matcher(s).matches()) {
                h.place = s;
            }
        }
        return i;
    }

    private static boolean readNumber(String s, Header h) {
        Matcher m = NUMBER.matcher(s);
        if (m.find()) {
            String number = m.group(1);
            if (!number.startsWith("_")) {
                h.number = number;
            }
            return true;
        }
        return false;
    }

    private static int readTitle(List<SourceLine> lines, int i, int tableStart, Header h) {
        StringBuilder sb = new StringBuilder();
        int j = i;
        while (j < tableStart && !lines.get(j).isBlank() && sb.length() < 2000) {
            sb.append(' ').append(lines.get(j).clean());
            j++;
        }
        h.title = SourceText.cell(sb.toString());
        return j - 1;
    }

    /** Reads «Утверждаю: / Начальник Управления образования / Серёгина И.Н. / 15.05.2020». */
    private static int readApprovalStamp(List<SourceLine> lines, int i, int tableStart, Header h) {
        int j = i + 1;
        for (; j < tableStart && !lines.get(j).isBlank(); j++) {
            String s = SourceText.cell(lines.get(j).clean());
            Matcher position = POSITION.matcher(s);
            if (h.issuer == null && position.find()) {
                h.issuer = nominative(s.substring(position.end()));
            } else if (h.signer == null && PersonNames.isName(s)) {
                h.signer = s;
            } else if (h.date == null) {
                HeaderDates.first(s).ifPresent(d -> h.date = d);
            }
        }
        return j - 1;
    }

    private static void readOperative(List<SourceLine> lines, int zoneEnd, int tableStart, Header h) {
        int marker = -1;
        for (int i = zoneEnd; i < tableStart; i++) {
            if (operativeMarker(lines.get(i).clean())) {
                marker = i;
                break;
            }
        }
        if (marker < 0) {
            h.operativeEnd = zoneEnd;
            return;
        }
        h.operativeStart = marker + 1;
        h.operativeEnd = tableStart;
        for (int i = marker + 1; i < tableStart; i++) {
            String s = SourceText.cell(lines.get(i).clean());
            if (s.length() < SHORT && POSITION.matcher(s).find() && !s.endsWith(":")
                    && !Character.isDigit(s.isEmpty() ? 'x' : s.charAt(0))) {
                h.operativeEnd = i;
                readSignature(lines, i, tableStart, h);
                return;
            }
            if (APPENDIX.matcher(s).find()) {
                h.operativeEnd = i;
                return;
            }
        }
    }

    private static void readSignature(List<SourceLine> lines, int i, int tableStart, Header h) {
        StringBuilder block = new StringBuilder();
        int j = i;
        while (j < tableStart && !lines.get(j).isBlank()) {
            block.append(' ').append(lines.get(j).clean());
            j++;
        }
        String position = SourceText.cell(block.toString());
        Matcher m = POSITION.matcher(position);
        if (m.find() && h.issuer == null) {
            String body = position.substring(m.end());
            if (!body.isBlank()) {
                h.issuer = nominative(body);
            }
        }
        int seen = 0;
        for (; j < tableStart && seen < 4; j++) {
            String s = SourceText.cell(lines.get(j).clean());
            if (s.isEmpty()) {
                continue;
            }
            seen++;
            if (PersonNames.isName(s)) {
                if (h.signer == null) {
                    h.signer = s;
                }
                return;
            }
        }
    }

    private static void readAppendixReference(List<SourceLine> lines, int from, int tableStart, Header h) {
        for (int i = from; i < tableStart; i++) {
            String s = SourceText.cell(lines.get(i).clean());
            if (!APPENDIX.matcher(s).find()) {
                continue;
            }
            StringBuilder block = new StringBuilder();
            StringBuilder raw = new StringBuilder();
            for (int j = i; j < tableStart && j < i + 8 && !lines.get(j).isBlank(); j++) {
                block.append(' ').append(lines.get(j).clean());
                raw.append(raw.length() == 0 ? "" : " ").append(lines.get(j).raw().strip());
            }
            String text = SourceText.cell(block.toString());
            if (!text.contains(" от") && !text.contains("№")) {
                continue;
            }
            h.appendixLine = lines.get(i).number();
            h.appendixSnippet = raw.toString();
            var ref = DocumentRef.builder().kind(DocumentKind.ORDER);
            Matcher issuer = ORDER_WORD.matcher(text);
            if (issuer.find() && !issuer.group(1).isBlank()) {
                ref.issuer(SourceText.cell(issuer.group(1)));
            }
            int from2 = text.indexOf(" от");
            String tail = from2 >= 0 ? text.substring(from2) : text;
            HeaderDates.first(tail).ifPresent(ref::date);
            Matcher number = NUMBER.matcher(tail);
            if (number.find() && !number.group(1).startsWith("_")) {
                ref.number(number.group(1));
            }
            h.appendixReference = ref.build();
            h.appendixBlank = BLANK.matcher(text).find() || h.appendixReference.isBlank();
            return;
        }
    }

    private static @Nullable String capsIssuer(List<SourceLine> lines, int zoneEnd) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < zoneEnd; i++) {
            String s = SourceText.cell(lines.get(i).clean());
            if (s.isEmpty()) {
                if (sb.length() > 0) {
                    break;
                }
                continue;
            }
            String letters = letters(s);
            if (s.length() > SHORT || letters.length() < 3 || !letters.equals(letters.toUpperCase(Locale.ROOT))
                    || kind(letters) != null) {
                if (sb.length() > 0) {
                    break;
                }
                continue;
            }
            sb.append(' ').append(s);
        }
        String issuer = SourceText.cell(sb.toString());
        return issuer.isEmpty() ? null : issuer;
    }

    static boolean operativeMarker(String line) {
        if (line.length() > 5000) {
            return false;
        }
        String letters = letters(line).toLowerCase(Locale.ROOT);
        if (letters.endsWith("приказываю") || letters.endsWith("постановляю") || letters.endsWith("обязываю")
                || letters.endsWith("предлагаю") || letters.endsWith("распоряжаюсь")) {
            return true;
        }
        String s = line.strip().toLowerCase(Locale.ROOT);
        return s.endsWith("рекомендации:") || s.endsWith("рекомендации :");
    }

    private static @Nullable DocumentKind kind(String letters) {
        switch (letters.toUpperCase(Locale.ROOT)) {
            case "ПРИКАЗ":
                return DocumentKind.ORDER;
            case "РАСПОРЯЖЕНИЕ":
                return DocumentKind.DIRECTIVE;
            case "ПОСТАНОВЛЕНИЕ":
                return DocumentKind.RESOLUTION;
            default:
                return null;
        }
    }

    /** @return the letters of the text only, such as «ПРИКАЗ» for «П Р И К А З:» */
    static String letters(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Puts the leading words of a body's name into the nominative: «управления образования» → «Управление образования». */
    static String nominative(String body) {
        String[] words = SourceText.cell(body).split(" ");
        StringBuilder sb = new StringBuilder();
        boolean converting = true;
        for (String word : words) {
            String replacement = converting ? NOMINATIVE.get(word.toLowerCase(Locale.ROOT)) : null;
            if (replacement == null) {
                converting = false;
                replacement = word;
            }
            sb.append(sb.length() == 0 ? "" : " ").append(replacement);
        }
        String s = sb.toString();
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
