package org.nastavnik.examples.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nastavnik.rules.ComplianceEngine;
import org.nastavnik.rules.RuleDescriptor;

class RulesCommandTest {

    private final ComplianceEngine engine = ComplianceEngine.federal();

    @Test
    void should_list_every_rule_of_the_federal_catalogue() {
        // when
        Run run = Run.of("rules");
        // then
        assertEquals(Cli.OK, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("Правила: " + engine.ruleSetVersion() + ", " + engine.rules().size() + "\n"),
                run.out());
        for (RuleDescriptor r : engine.rules()) {
            assertTrue(run.out().contains("\n" + r.id() + "  " + r.severity() + "  [" + r.reliability().tag() + "]  "
                    + r.packId() + "\n"), r.id());
        }
        assertTrue(run.out().contains("    Параметр pairWindowDays = 14 ("), run.out());
    }

    @Test
    void should_list_only_the_rules_in_force_on_the_day_given() throws Exception {
        // when
        Run y2024 = Run.of("rules", "--as-of", "01.06.2024");
        Run y2025 = Run.of("rules", "--as-of", "2025-06-01", "--format", "json");
        // then
        assertEquals(Cli.OK, y2024.exitCode(), y2024.err());
        int in2024 = engine.rulesInForce(java.time.LocalDate.of(2024, 6, 1)).size();
        assertTrue(y2024.out().startsWith("Правила: " + engine.ruleSetVersion() + ", " + in2024 + "\nВ силе на 01.06.2024\n"),
                y2024.out());
        assertTrue(in2024 < engine.rules().size());
        assertTrue(!y2024.out().contains("MENTOR_LABOUR_CONSENT_MISSING"), "art. 351.8 is not in force in 2024");
        assertTrue(y2024.out().contains("    В силе с 25.12.2019\n"), y2024.out());
        JsonNode root = new ObjectMapper().readTree(y2025.out());
        assertEquals("2025-06-01", root.path("asOf").asText());
        List<String> ids = new ArrayList<>();
        root.path("rules").forEach(r -> ids.add(r.path("id").asText()));
        assertTrue(ids.contains("MENTOR_LABOUR_CONSENT_MISSING"), ids.toString());
        root.path("rules").forEach(r -> {
            if (r.path("id").asText().equals("MENTOR_LABOUR_CONSENT_MISSING")) {
                assertEquals("2025-03-01", r.path("inForceFrom").asText());
            }
        });
        assertEquals(2, Run.of("rules", "--as-of", "31.02.2025").exitCode());
    }

    @Test
    void should_write_the_catalogue_as_json_with_texts_in_both_languages() throws Exception {
        // when
        Run run = Run.of("rules", "--format", "json");
        // then
        JsonNode root = new ObjectMapper().readTree(run.out());
        List<String> ids = new ArrayList<>();
        root.get("rules").forEach(r -> ids.add(r.get("id").asText()));
        JsonNode curator = root.get("rules").get(ids.indexOf("CURATOR_MISSING"));
        assertAll(
                () -> assertEquals(Cli.OK, run.exitCode()),
                () -> assertEquals(engine.rules().stream().map(RuleDescriptor::id).toList(), ids),
                () -> assertEquals("WARNING", curator.get("severity").asText()),
                () -> assertEquals("P", curator.get("reliability").asText()),
                () -> assertTrue(curator.get("description").get("en").asText().length() > 10),
                () -> assertTrue(curator.has("severityNote"), "a [P] rule says why it is not a violation"));
    }

    @Test
    void should_list_the_region_pack_with_the_federal_rules_when_a_region_is_given() {
        // when
        Run run = Run.of("rules", "--region", "42", "--lang", "en");
        // then
        assertAll(
                () -> assertEquals(Cli.OK, run.exitCode(), run.err()),
                () -> assertTrue(run.out().startsWith("Rules: federal@"), run.out()),
                () -> assertTrue(run.out().lines().findFirst().orElseThrow().contains("+r42-tashtagol@"), run.out()),
                () -> assertTrue(run.out().contains("\nCURATOR_MISSING  WARNING  [P]  federal\n"), run.out()),
                () -> assertTrue(run.out().contains("  r42-tashtagol\n"), run.out()));
    }

    @Test
    void should_refuse_a_region_without_a_profile() {
        // when
        Run run = Run.of("rules", "--region", "66");
        // then
        assertEquals(Cli.BAD_INPUT, run.exitCode());
        assertEquals("nastavnik: --region \"66\": no rules for this region: no built-in profile (built in: 23, 31, 42, 61, "
                + "62) and no --profile or --pack; give the region's profile (--profile <file>) or pack (--pack <jar>), "
                + "or leave --region out to check against the federal rules", run.oneLineError());
    }

    @Test
    void should_refuse_formats_other_than_text_and_json() {
        // when
        Run run = Run.of("rules", "--format", "csv");
        // then
        assertEquals(Cli.BAD_INPUT, run.exitCode());
        assertEquals("nastavnik: rules: format csv is not supported; use text or json", run.oneLineError());
    }

    @Test
    void should_show_help() {
        // when
        Run run = Run.of("rules", "--help");
        // then
        assertEquals(Cli.OK, run.exitCode());
        assertTrue(run.out().startsWith("Usage: nastavnik rules"), run.out());
    }
}
