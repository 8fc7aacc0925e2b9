package org.nastavnik.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * The names people read (названия для человека) for what the code calls by a code: enum
 * constants ({@code TEACHER_TEACHER} is «учитель – учитель»), the values of a finding's evidence
 * ({@code none} is «нет»), dates in the reader's language, the one-line explanations of document
 * finding codes. One place for every module: the bundles
 * {@code org/nastavnik/common/display-names_<lang>.properties} and, for which vocabulary names the
 * values of which evidence field, {@code display-fields.properties}.
 *
 * <p>A code with no display name is returned as it is, so that nothing is lost; a test of the
 * catalogue keeps the bundles complete.
 */
public final class DisplayNames {

    /** The marker of a field whose value is an organization's id ({@code scope=@organization} in display-fields.properties). */
    public static final String ORGANIZATION = "@organization";

    private static final String BASE = "/org/nastavnik/common/display-names_";
    private static final DateTimeFormatter RU_DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu");
    private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);

    private static final Map<Language, Map<String, String>> NAMES = new EnumMap<>(Language.class);
    private static final Map<String, String> FIELDS = read("/org/nastavnik/common/display-fields.properties");

    static {
        for (Language l : Language.values()) {
            NAMES.put(l, read(BASE + l.name().toLowerCase(Locale.ROOT) + ".properties"));
        }
    }

    private DisplayNames() {
    }

    /**
     * @param value  an enum constant, not null
     * @param language  the language, not null
     * @return its display name, such as «учитель – учитель»; the constant's name if it has none
     */
    public static String of(Enum<?> value, Language language) {
        return find(vocabulary(value.getDeclaringClass()), value.name(), language).orElse(value.name());
    }

    /**
     * @param vocabulary  a vocabulary: an enum's simple name ({@code MentoringForm}; nested:
     *     {@code DeadlineStatus.State}) or another list of codes of the bundle ({@code ActivityField})
     * @param code  the code, not null
     * @param language  the language, not null
     * @return the display name of the code in that vocabulary, if the bundle has one
     */
    public static Optional<String> find(String vocabulary, String code, Language language) {
        return Optional.ofNullable(NAMES.get(language).get(vocabulary + "." + code));
    }

    /**
     * @param code  a document finding code or another constant with an explanation, not null
     * @param language  the language, not null
     * @return one line saying what it means, if the bundle has one
     */
    public static Optional<String> explanation(Enum<?> code, Language language) {
        return find(vocabulary(code.getDeclaringClass()), code.name() + ".explanation", language);
    }

    /**
     * @param date  a day, not null
     * @param language  the language, not null
     * @return the day as its reader writes it: «01.10.2022» in Russian, "1 Oct 2022" in English
     */
    public static String date(LocalDate date, Language language) {
        return (language == Language.RU ? RU_DATE : EN_DATE).format(date);
    }

    /**
     * @param word  a common value: {@code none}, {@code any}, {@code true}, {@code false}, …
     * @param language  the language, not null
     * @return its display name, or the word itself
     */
    public static String word(String word, Language language) {
        return NAMES.get(language).getOrDefault("value." + word, word);
    }

    /**
     * @param field  the name of an evidence field, such as {@code form}
     * @return the vocabulary that names its values ({@code MentoringForm}), {@link #ORGANIZATION}, if any
     */
    public static Optional<String> vocabularyOf(String field) {
        return Optional.ofNullable(FIELDS.get(field));
    }

    /** @return the names of the evidence fields with a declared vocabulary, sorted */
    public static Set<String> fields() {
        return Collections.unmodifiableSet(new TreeSet<>(FIELDS.keySet()));
    }

    /**
     * @param vocabulary  a vocabulary, such as {@code MentoringForm}
     * @return its codes in the Russian bundle, sorted; empty if none
     */
    public static Set<String> codes(String vocabulary) {
        Set<String> codes = new TreeSet<>();
        String prefix = vocabulary + ".";
        for (String key : NAMES.get(Language.RU).keySet()) {
            if (key.startsWith(prefix) && key.indexOf('.', prefix.length()) < 0) {
                codes.add(key.substring(prefix.length()));
            }
        }
        return codes;
    }

    /**
     * A value of a finding's evidence as a sentence shows it: an ISO date in the reader's form,
     * {@code none}, {@code true} and {@code false} as words, a code by its display name (from the
     * field's vocabulary, else from any vocabulary that knows it), each item of a list
     * ({@code "A, B"}) likewise; numbers, ids and texts unchanged. An organization's id stays an
     * id here (the caller that knows names replaces it).
     *
     * @param field  the evidence field's name, not null
     * @param value  its value as a finding records it, not null
     * @param language  the language, not null
     * @return the value for a person
     */
    public static String value(String field, String value, Language language) {
        if (value.isEmpty()) {
            return value;
        }
        String date = isoDate(value, language);
        if (date != null) {
            return date;
        }
        String vocabulary = FIELDS.get(field);
        String one = code(vocabulary, value, language);
        if (one != null) {
            return one;
        }
        if (value.indexOf(", ") > 0) {
            String[] parts = value.split(", ");
            List<String> out = new ArrayList<>(parts.length);
            for (String p : parts) {
                String d = isoDate(p, language);
                String c = d != null ? d : code(vocabulary, p, language);
                out.add(c == null ? p : c);
            }
            return String.join(", ", out);
        }
        return value;
    }

    /** @return the display name of a code or common word, or null */
    private static String code(String vocabulary, String value, Language language) {
        Map<String, String> names = NAMES.get(language);
        if (vocabulary != null && !vocabulary.startsWith("@")) {
            String n = names.get(vocabulary + "." + value);
            if (n != null) {
                return n;
            }
        }
        String w = names.get("value." + value);
        if (w != null) {
            return w;
        }
        if (isCode(value)) {
            for (String v : VOCABULARY_ORDER) {
                String n = names.get(v + "." + value);
                if (n != null) {
                    return n;
                }
            }
        }
        return null;
    }

    /** The vocabularies searched, in this order, for a code of a field with none declared. */
    private static final List<String> VOCABULARY_ORDER = List.of("PersonKind", "LocalActKind", "ProgrammeKind",
            "NotJudgedKind", "MentoringForm", "OrganizationKind", "ListKind", "MeetingKind", "MonitoringKind",
            "ParticipantRole", "IndicatorKind", "RoadmapStage", "ActivityField", "DeadlineProblem",
            "MeetingOrderProblemKind", "ParticipantCategory", "MentoringSystem", "ConsentKind", "DocumentKind",
            "Severity", "FindingKind");

    /** @return whether the value is a code such as {@code TEACHER_TEACHER}: [A-Z][A-Z0-9_]+ */
    static boolean isCode(String value) {
        if (value.length() < 2 || value.charAt(0) < 'A' || value.charAt(0) > 'Z') {
            return false;
        }
        for (int i = 1; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9') && c != '_') {
                return false;
            }
        }
        return true;
    }

    /** @return the value written as the reader writes a date, if it is an ISO date; else null */
    private static String isoDate(String v, Language language) {
        if (v.length() != 10) {
            return null;
        }
        for (int i = 0; i < 10; i++) {
            char c = v.charAt(i);
            boolean dash = i == 4 || i == 7;
            if (dash ? c != '-' : (c < '0' || c > '9')) {
                return null;
            }
        }
        try {
            return date(LocalDate.of(Integer.parseInt(v, 0, 4, 10), Integer.parseInt(v, 5, 7, 10),
                    Integer.parseInt(v, 8, 10, 10)), language);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** @return the vocabulary of an enum: its simple name, nested in its enclosing classes' */
    private static String vocabulary(Class<?> type) {
        StringBuilder sb = new StringBuilder(type.getSimpleName());
        for (Class<?> c = type.getEnclosingClass(); c != null; c = c.getEnclosingClass()) {
            sb.insert(0, c.getSimpleName() + ".");
        }
        return sb.toString();
    }

    private static Map<String, String> read(String resource) {
        Properties p = new Properties();
        try (InputStream in = DisplayNames.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("display names missing from the class path: " + resource);
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("display names unreadable: " + resource, e);
        }
        Map<String, String> m = new LinkedHashMap<>();
        for (String k : new TreeSet<>(p.stringPropertyNames())) {
            m.put(k, p.getProperty(k).trim());
        }
        return Map.copyOf(m);
    }
}
