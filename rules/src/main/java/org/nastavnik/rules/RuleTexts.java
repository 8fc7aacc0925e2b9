package org.nastavnik.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.nastavnik.common.Language;

/** A rule's descriptor and its message templates: what the collector needs to make a finding. */
final class RuleTexts {

    // Placeholders: {name}, a letter then letters or digits (A-Za-z0-9), filled by render.

    final RuleDescriptor descriptor;
    /** Templates by DRL rule name: the rule named as the id, and its variants (rules with {@code @ruleId}). */
    final Map<String, Templates> templates = new java.util.HashMap<>();

    RuleTexts(RuleDescriptor descriptor, Templates main) {
        this.descriptor = descriptor;
        templates.put(descriptor.id(), main);
    }

    /** The message templates of one DRL rule. */
    record Templates(Map<Language, String> message, Map<Language, String> explanation,
            Map<Language, String> upcomingMessage, Map<Language, String> upcomingExplanation,
            Map<Language, String> lateMessage, Map<Language, String> lateExplanation) {
        Templates {
            lateMessage = Map.copyOf(lateMessage);
            lateExplanation = Map.copyOf(lateExplanation);
            message = Map.copyOf(message);
            explanation = Map.copyOf(explanation);
            upcomingMessage = Map.copyOf(upcomingMessage);
            upcomingExplanation = Map.copyOf(upcomingExplanation);
        }
    }

    /**
     * @param rule  a DRL rule of the knowledge base
     * @return its rule id: its {@code @ruleId} metadata, or else its name
     */
    static String ruleId(org.kie.api.definition.rule.Rule rule) {
        Object id = rule.getMetaData().get("ruleId");
        return id == null ? rule.getName() : id.toString().trim();
    }

    /**
     * Fills {@code {name}} placeholders from the evidence, then from the subjects by type
     * ({@code {organization}}, {@code {mentorship}}, …: the first of that type). ISO dates are
     * written dd.MM.yyyy in Russian.
     */
    static String render(String ruleId, String template, Language language, Map<String, String> evidence,
            List<SubjectRef> subjects) {
        // Templates are parsed once into literal runs and placeholder names: this runs four times
        // per finding, and matching a regular expression each time took a third of a full check.
        Compiled compiled = COMPILED.computeIfAbsent(template, RuleTexts::compile);
        String[] parts = compiled.parts;
        StringBuilder sb = new StringBuilder(template.length() + 48);
        for (int k = 0; k < parts.length; k++) {
            if ((k & 1) == 0) {
                sb.append(parts[k]);
                continue;
            }
            String name = parts[k];
            String value = evidence.get(name);
            if (value == null) {
                value = subjectId(compiled.types[k], subjects);
            }
            if (value == null) {
                throw missing(ruleId, language, name);
            }
            sb.append(localize(value, language));
        }
        return sb.toString();
    }

    /**
     * Checks that every placeholder of a template can be filled, without rendering it.
     *
     * @throws IllegalStateException naming the rule, the language and the placeholder otherwise
     */
    static void requirePlaceholders(String ruleId, String template, Language language, Map<String, String> evidence,
            List<SubjectRef> subjects) {
        Compiled compiled = COMPILED.computeIfAbsent(template, RuleTexts::compile);
        String[] parts = compiled.parts;
        for (int k = 1; k < parts.length; k += 2) {
            if (!evidence.containsKey(parts[k]) && subjectId(compiled.types[k], subjects) == null) {
                throw missing(ruleId, language, parts[k]);
            }
        }
    }

    /** @return the id of the first subject of the type, or null (also when the type is null) */
    private static String subjectId(SubjectType type, List<SubjectRef> subjects) {
        for (SubjectRef s : subjects) {
            if (s.type() == type) {
                return s.id();
            }
        }
        return null;
    }

    private static IllegalStateException missing(String ruleId, Language language, String name) {
        return new IllegalStateException("message of rule " + ruleId + " in " + language
                + " names {" + name + "}, which is neither evidence nor a subject type of the finding");
    }

    private static final java.util.concurrent.ConcurrentMap<String, Compiled> COMPILED =
            new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * A template split at its placeholders: literal, name, literal, name, …, literal; and for each
     * name the type of subject it names ({@code {organization}}, case aside), or null.
     */
    private record Compiled(String[] parts, SubjectType[] types) {
    }

    private static Compiled compile(String template) {
        String[] parts = split(template);
        SubjectType[] types = new SubjectType[parts.length];
        for (int k = 1; k < parts.length; k += 2) {
            for (SubjectType t : SubjectType.values()) {
                if (t.name().equalsIgnoreCase(parts[k])) {
                    types[k] = t;
                }
            }
        }
        return new Compiled(parts, types);
    }

    /** @return literal, name, literal, name, …, literal: the template split at its placeholders */
    private static String[] split(String template) {
        List<String> parts = new java.util.ArrayList<>();
        int n = template.length();
        int from = 0;
        int i = 0;
        while (i < n) {
            int end = template.charAt(i) == '{' ? placeholderEnd(template, i) : -1;
            if (end < 0) {
                i++;
                continue;
            }
            parts.add(template.substring(from, i));
            parts.add(template.substring(i + 1, end));
            i = end + 1;
            from = i;
        }
        parts.add(template.substring(from));
        return parts.toArray(new String[0]);
    }

    /** @return the index of the closing brace of a placeholder {@code {name}} opening at {@code open}, or -1 */
    private static int placeholderEnd(String template, int open) {
        int i = open + 1;
        if (i >= template.length() || !isAsciiLetter(template.charAt(i))) {
            return -1;
        }
        for (i++; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '}') {
                return i;
            }
            if (!isAsciiLetter(c) && !(c >= '0' && c <= '9')) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private static String localize(String value, Language language) {
        if (language == Language.RU && value.length() == 10 && isIsoDateShape(value)) {
            try {
                LocalDate.of(Integer.parseInt(value, 0, 4, 10), Integer.parseInt(value, 5, 7, 10),
                        Integer.parseInt(value, 8, 10, 10));
                return value.substring(8, 10) + "." + value.substring(5, 7) + "." + value.substring(0, 4);
            } catch (java.time.DateTimeException e) {
                return value;
            }
        }
        return value;
    }

    /** Whether the value looks like an ISO date: four digits, dash, two digits, dash, two digits. */
    private static boolean isIsoDateShape(String v) {
        for (int i = 0; i < 10; i++) {
            char c = v.charAt(i);
            boolean dash = i == 4 || i == 7;
            if (dash ? c != '-' : (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }
}
