package org.nastavnik.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nastavnik.model.Snapshot;
import org.nastavnik.rules.ComplianceEngine;
import org.nastavnik.rules.ComplianceReport;
import org.nastavnik.rules.Finding;
import org.nastavnik.rules.Profile;

/** {@code plan}: the findings a change of rules adds and removes on real data, and the rules it weakens. */
class PlanCommandTest {

    @TempDir
    static Path dir;
    static Snapshot snapshot;
    static Path sample;

    @BeforeAll
    static void files() {
        snapshot = Fixtures.sample();
        sample = Fixtures.write(dir, "sample.json", snapshot);
    }

    private static Set<String> keys(ComplianceReport r) {
        Set<String> keys = new TreeSet<>();
        r.allFindings().stream().map(Finding::key).forEach(keys::add);
        return keys;
    }

    private static Set<String> keys(JsonNode array) {
        Set<String> keys = new TreeSet<>();
        array.forEach(n -> keys.add(n.get("key").asText()));
        return keys;
    }

    @Test
    void should_list_the_findings_a_profile_adds_and_removes_against_another_and_the_rules_it_weakens() throws Exception {
        // given: the old profile keeps 14 days for pairs; the new one relaxes it to 60 and sets meetings stricter
        Path old = Fixtures.write(dir, "old.properties", "region=42\n");
        Path changed = Fixtures.write(dir, "new.properties", "region=42\nparam.pairWindowDays=60\n"
                + "relax.pairWindowDays=pairs are formed after the autumn holidays\nparam.menteeWaitingDays=1\n");
        LocalDate asOf = LocalDate.of(2022, 6, 1);
        // when
        Run run = Run.of("plan", sample.toString(), "--as-of", "2022-06-01", "--profile", changed.toString(), "--against",
                old.toString(), "--format", "json");
        // then: the same as the two checks, computed here
        assertEquals(Cli.OK, run.exitCode(), run.err());
        ComplianceReport before = ComplianceEngine.forProfile(Profile.read(old)).check(snapshot, asOf);
        ComplianceReport after = ComplianceEngine.forProfile(Profile.read(changed)).check(snapshot, asOf);
        Set<String> added = keys(after);
        added.removeAll(keys(before));
        Set<String> removed = keys(before);
        removed.removeAll(keys(after));
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertEquals(added, keys(root.get("added")));
        assertEquals(removed, keys(root.get("removed")));
        assertFalse(added.isEmpty() && removed.isEmpty(), "the change has an effect on the sample: " + run.out());
        String weakened = root.get("weakened").toString();
        assertTrue(weakened.contains("\"ruleId\":\"PAIR_FORMED_LATE\"") && weakened.contains("parameter pairWindowDays 14 -> 60")
                && weakened.contains("pairs are formed after the autumn holidays"), weakened);
        assertFalse(weakened.contains("menteeWaitingDays"), "a stricter value weakens nothing: " + weakened);
        Run ru = Run.of("plan", sample.toString(), "--as-of", "2022-06-01", "--profile", changed.toString(), "--against",
                old.toString());
        String section = ru.out().substring(ru.out().indexOf("Ослабленные правила"));
        assertTrue(section.contains(": 14 → 60; ослаблено: ") && section.contains("pairs are formed after"), section);
        assertFalse(section.matches("(?s).*\\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\\b.*") || section.contains("pairWindowDays")
                || section.contains("WARNING") || section.contains("VIOLATION"), "no code words in Russian: " + section);
    }

    @Test
    void should_show_a_packs_findings_as_added_against_the_federal_rules_in_russian_text() throws Exception {
        // given
        Path jar = PackOptionsTest.packJar(dir.resolve("r66-plan.jar"), "r66-plan");
        // when
        Run run = Run.of("plan", sample.toString(), "--as-of", "2022-06-01", "--region", "66", "--pack", jar.toString(),
                "--force-region");
        // then
        assertEquals(Cli.OK, run.exitCode(), run.err());
        ComplianceReport federal = ComplianceEngine.federal().check(snapshot, LocalDate.of(2022, 6, 1));
        assertTrue(run.out().startsWith("Предпросмотр изменения правил: "), run.out());
        assertTrue(run.out().contains("\nУйдут замечания (0)\n"), run.out());
        long added = run.out().lines().filter(l -> l.startsWith("  + ")).count();
        assertTrue(added > 0, run.out());
        assertTrue(run.out().lines().filter(l -> l.strip().startsWith("R42_")).count() == added, run.out());
        assertTrue(run.out().contains("\nОслабленные правила (0)\n"), run.out());
        assertTrue(federal.allFindings().stream().noneMatch(f -> f.ruleId().startsWith("R42_")));
    }

    @Test
    void should_refuse_a_plan_without_new_rules() {
        Run run = Run.of("plan", sample.toString(), "--as-of", "2022-06-01");
        assertEquals(Cli.BAD_INPUT, run.exitCode());
        assertEquals("nastavnik: plan: name the new rules with --profile <file> (or --pack <jar>, --region <code>)",
                run.oneLineError());
    }
}
