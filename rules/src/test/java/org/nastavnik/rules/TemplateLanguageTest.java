package org.nastavnik.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.nastavnik.common.DisplayNames;
import org.nastavnik.common.Language;
import org.nastavnik.rules.federal.MeetingOrderProblemKind;
import org.nastavnik.rules.federal.RoadmapStage;
import org.nastavnik.rules.spi.RulePack;
import org.nastavnik.testing.PlainLanguage;

/**
 * Every text of every rule (the federal catalogue and the built-in region packs), rendered with
 * sample evidence in both languages, speaks the reader's language: no code words, and no Latin
 * words in Russian. Each placeholder is tried with every value its field can take: every code
 * of its vocabulary (or of every vocabulary, for a field without one), absent ({@code none}),
 * yes and no, a number and a date.
 */
class TemplateLanguageTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)\\}");
    private static final Set<String> SUFFIXES = Set.of("title", "description", "severityNote", "message",
            "explanation");
    private static final List<String> VOCABULARIES = List.of("PersonKind", "LocalActKind", "ProgrammeKind",
            "NotJudgedKind", "MentoringForm", "OrganizationKind", "ListKind", "MeetingKind", "MonitoringKind",
            "ParticipantRole", "IndicatorKind", "RoadmapStage", "ActivityField", "DeadlineProblem",
            "MeetingOrderProblemKind");

    /** How a report for people names the subjects: organizations, roadmaps and activities by name. */
    private static final SubjectNames NAMES = (s, l) -> switch (s.type()) {
        case ORGANIZATION -> Optional.of(l == Language.RU ? "МБОУ «СОШ № 1»" : "School No. 1");
        case ROADMAP -> Optional.of(l == Language.RU ? "«План мероприятий на 2022 год»" : "“Plan for 2022”");
        case ACTIVITY -> Optional.of(l == Language.RU ? "1.2 «Назначить кураторов»" : "1.2 “Appoint curators”");
        default -> Optional.empty();
    };

    private static final List<SubjectRef> SUBJECTS = List.of(SubjectRef.organization("s1"), SubjectRef.person("t-1"),
            SubjectRef.mentorship("p-1"), SubjectRef.roadmap("rm"), SubjectRef.activity("rm", "1.2"),
            SubjectRef.of(SubjectType.RECORD, "m-1"));

    private static List<RulePack> packs() {
        List<RulePack> packs = new ArrayList<>();
        packs.add(RulePack.federal());
        packs.addAll(Profiles.builtInPacks());
        return packs;
    }

    /** The values a field may take in a finding. */
    private static List<String> samples(String field) {
        Set<String> values = new LinkedHashSet<>();
        Optional<String> vocabulary = DisplayNames.vocabularyOf(field);
        if (vocabulary.isPresent() && vocabulary.get().equals(DisplayNames.ORGANIZATION)) {
            values.add("s1");
            values.add("territory");
        } else if (vocabulary.isPresent()) {
            values.addAll(DisplayNames.codes(vocabulary.get()));
            values.add(String.join(", ", DisplayNames.codes(vocabulary.get())));
        } else {
            values.add("3");
            values.add("2022-10-01");
            values.add("2022-09-01, 2022-10-01");
            values.add("true");
            values.add("false");
            values.add("p-1, p-2");
            VOCABULARIES.forEach(v -> values.addAll(DisplayNames.codes(v)));
        }
        values.add("none");
        return new ArrayList<>(values);
    }

    private static boolean isSubject(String name) {
        return Stream.of(SubjectType.values()).anyMatch(t -> t.name().equalsIgnoreCase(name));
    }

    @Test
    void every_template_of_every_rule_speaks_the_readers_language_with_any_evidence() {
        List<String> problems = new ArrayList<>();
        int rendered = 0;
        for (RulePack pack : packs()) {
            for (Language language : Language.values()) {
                Properties texts = PackLoader.readMessages(pack, language);
                for (String key : new TreeSet<>(texts.stringPropertyNames())) {
                    String suffix = key.substring(key.lastIndexOf('.') + 1);
                    if (!SUFFIXES.contains(suffix) && !key.startsWith("document.")) {
                        continue;
                    }
                    String template = texts.getProperty(key);
                    Map<String, String> evidence = new LinkedHashMap<>();
                    Matcher m = PLACEHOLDER.matcher(template);
                    while (m.find()) {
                        if (!isSubject(m.group(1))) {
                            evidence.put(m.group(1), samples(m.group(1)).get(0));
                        }
                    }
                    List<Map<String, String>> variants = new ArrayList<>();
                    variants.add(evidence);
                    for (String field : evidence.keySet()) {
                        for (String value : samples(field)) {
                            Map<String, String> v = new LinkedHashMap<>(evidence);
                            v.put(field, value);
                            variants.add(v);
                        }
                    }
                    for (Map<String, String> v : variants) {
                        String text = RuleTexts.render(key, template, language, v, SUBJECTS, NAMES);
                        rendered++;
                        for (String p : PlainLanguage.problems(text, language)) {
                            problems.add(pack.id() + " " + language + " " + key + " " + v + ": " + p);
                        }
                    }
                }
            }
        }
        assertTrue(rendered > 1000, "rendered " + rendered);
        assertEquals(List.of(), problems.stream().distinct().limit(60).toList(), problems.size() + " problems");
    }

    @Test
    void every_code_a_rule_writes_as_a_literal_has_a_display_name() throws IOException {
        Pattern literal = Pattern.compile("[eE]vidence\\(\"([A-Za-z0-9]+)\",\\s*\"([^\"]*)\"\\)");
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources"))) {
            for (Path drl : files.filter(p -> p.toString().endsWith(".drl")).toList()) {
                Matcher m = literal.matcher(Files.readString(drl));
                while (m.find()) {
                    for (Language l : Language.values()) {
                        String shown = DisplayNames.value(m.group(1), m.group(2), l);
                        if (!PlainLanguage.problems(shown, l).isEmpty()
                                || l == Language.RU && shown.equals(m.group(2))) {
                            problems.add(drl.getFileName() + ": " + m.group(1) + "=" + m.group(2) + " in " + l
                                    + " shows as " + shown);
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void every_constant_of_the_rules_enums_has_a_display_name_in_both_languages() {
        List<String> missing = new ArrayList<>();
        for (Class<? extends Enum<?>> type : List.of(Severity.class, FindingKind.class, RoadmapStage.class,
                MeetingOrderProblemKind.class)) {
            for (Enum<?> e : type.getEnumConstants()) {
                for (Language l : Language.values()) {
                    if (DisplayNames.of(e, l).equals(e.name())) {
                        missing.add(type.getSimpleName() + "." + e.name() + " " + l);
                    }
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void every_rule_has_a_short_title_in_both_languages_shown_instead_of_its_id() {
        for (RuleDescriptor d : ComplianceEngine.federal().rules()) {
            for (Language l : Language.values()) {
                String title = d.title(l);
                assertTrue(!title.equals(d.description(l)) && title.length() <= 60, d.id() + " " + l + ": " + title);
                assertEquals(List.of(), PlainLanguage.problems(title, l), d.id());
            }
        }
    }
}
