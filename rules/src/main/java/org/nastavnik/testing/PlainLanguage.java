package org.nastavnik.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nastavnik.common.Language;

/**
 * Checks that a text meant for a person speaks the reader's language: no code words (an
 * upper-case token of four or more characters such as {@code TEACHER_TEACHER} or a rule id) and,
 * in Russian, no Latin words (ids with digits, such as {@code s1-t-4}, and the allowed names,
 * such as the product's, are let through). For tests of message templates and reports.
 *
 * <pre>{@code
 * assertEquals(List.of(), PlainLanguage.problems(text, Language.RU));
 * }</pre>
 */
public final class PlainLanguage {

    /** Code words, as {@code \b[A-Z][A-Z0-9_]{3,}\b}. */
    private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z0-9_]{3,}\\b");
    /** A token of Latin letters, digits and the joiners of ids. */
    private static final Pattern LATIN_TOKEN = Pattern.compile("[A-Za-z0-9_./\\-]*[A-Za-z][A-Za-z0-9_./\\-]*");
    private static final Set<String> ALLOWED = Set.of("Nastavnik");

    private PlainLanguage() {
    }

    /**
     * @param text  the text a person reads, not null
     * @param language  its language, not null
     * @return the offending tokens with some context, in order; empty if the text is plain
     */
    public static List<String> problems(String text, Language language) {
        return problems(text, language, Set.of());
    }

    /**
     * @param text  the text a person reads, not null
     * @param language  its language, not null
     * @param allowed  words let through besides the product's name (proper names, abbreviations)
     * @return the offending tokens with some context, in order; empty if the text is plain
     */
    public static List<String> problems(String text, Language language, Set<String> allowed) {
        List<String> problems = new ArrayList<>();
        Matcher m = CODE.matcher(text);
        while (m.find()) {
            if (!allowed.contains(m.group()) && !ALLOWED.contains(m.group())) {
                problems.add("code word " + m.group() + " in «" + context(text, m.start(), m.end()) + "»");
            }
        }
        if (language == Language.RU) {
            Matcher w = LATIN_TOKEN.matcher(text);
            while (w.find()) {
                String token = w.group().replaceAll("[./\\-]+$", "");
                boolean id = token.chars().anyMatch(Character::isDigit);
                long letters = token.chars().filter(c -> (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')).count();
                if (!id && letters >= 2 && !allowed.contains(token) && !ALLOWED.contains(token)
                        && !CODE.matcher(token).matches()) {
                    problems.add("Latin word " + token + " in «" + context(text, w.start(), w.end()) + "»");
                }
            }
        }
        return problems;
    }

    private static String context(String text, int start, int end) {
        return text.substring(Math.max(0, start - 30), Math.min(text.length(), end + 30)).replace('\n', ' ');
    }
}
