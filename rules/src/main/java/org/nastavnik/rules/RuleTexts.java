package org.nastavnik.rules;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nastavnik.model.Language;

/** A rule's descriptor and its message templates: what the collector needs to make a finding. */
final class RuleTexts {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final DateTimeFormatter RU_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    final RuleDescriptor descriptor;
    /** Templates by DRL rule name: the rule named as the id, and its variants (rules with {@code @ruleId}). */
    final Map<String, Templates> templates = new java.util.HashMap<>();

    RuleTexts(RuleDescriptor descriptor, Templates main) {
        this.descriptor = descriptor;
        templates.put(descriptor.id(), main);
    }

    /** The message templates of one DRL rule. */
    record Templates(Map<Language, String> message, Map<Language, String> explanation,
            Map<Language, String> upcomingMessage, Map<Language, String> upcomingExplanation) {
        Templates {
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
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value = evidence.get(name);
            if (value == null) {
                value = subjects.stream()
                        .filter(s -> s.type().name().equalsIgnoreCase(name))
                        .map(SubjectRef::id).findFirst().orElse(null);
            }
            if (value == null) {
                throw new IllegalStateException("message of rule " + ruleId + " in " + language
                        + " names {" + name + "}, which is neither evidence nor a subject type of the finding");
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(localize(value, language)));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static String localize(String value, Language language) {
        if (language == Language.RU && ISO_DATE.matcher(value).matches()) {
            try {
                return LocalDate.parse(value).format(RU_DATE);
            } catch (DateTimeParseException e) {
                return value;
            }
        }
        return value;
    }
}
