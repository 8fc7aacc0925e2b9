package org.nastavnik.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nastavnik.rules.ComplianceReport;

/**
 * The coverage recorder: what it counts, the files it writes and reads, and the failure of
 * {@link RuleCoverage#verify} when a required rule never fired.
 * It records into recorders of its own, not the one the listener reads.
 */
class RuleCoverageTest {

    private static RuleCoverage recordedFrom(ComplianceReport... reports) {
        RuleCoverage.Recorder recorder = new RuleCoverage.Recorder();
        for (int i = 0; i < reports.length; i++) {
            recorder.record(reports[i], "T.test" + i);
        }
        return recorder.collected();
    }

    private static ComplianceReport report(List<String> evaluated, String... fired) {
        ComplianceReport.Builder b = ComplianceReport.builder().asOf(LocalDate.of(2022, 10, 1)).ruleSetVersion("t@1")
                .rulesEvaluated(evaluated);
        for (String id : fired) {
            b.finding(org.nastavnik.rules.Finding.builder().ruleId(id).severity(org.nastavnik.rules.Severity.WARNING)
                    .subject(org.nastavnik.rules.SubjectRef.organization("s1"))
                    .source(org.nastavnik.rules.SourceRef.of("doc", "1"))
                    .message(org.nastavnik.common.Language.RU, "m").message(org.nastavnik.common.Language.EN, "m")
                    .explanation(org.nastavnik.common.Language.RU, "e").explanation(org.nastavnik.common.Language.EN, "e")
                    .build());
        }
        return b.build();
    }

    @Test
    void should_count_the_tests_in_which_each_rule_fired_or_was_only_evaluated() {
        // when A fires in two tests, B is evaluated only
        RuleCoverage c = recordedFrom(report(List.of("A", "B"), "A"), report(List.of("A", "B"), "A"), report(List.of("A", "B")));
        // then
        assertEquals(Set.of("A", "B"), c.rules());
        assertEquals(Set.of("A"), c.fired());
        assertEquals(Set.of("B"), c.evaluatedOnly());
        assertEquals(2, c.testsFiring("A"));
        assertEquals(3, c.testsEvaluating("B"));
        assertEquals(3, c.checks());
        assertEquals(List.of("B"), c.untested("ALL"));
        assertEquals(List.of(), c.untested("A"));
    }

    @Test
    void should_fail_naming_every_required_rule_that_never_fired() {
        // given
        RuleCoverage c = recordedFrom(report(List.of("A", "B"), "A"));
        // when
        AssertionError e = assertThrows(AssertionError.class, () -> c.verify("A, B, C"));
        // then
        assertEquals("""
                Expecting every required rule to fire in at least one test
                but 2 rules never fired:
                  B (evaluated in 1 test, never fired)
                  C (never evaluated: no engine in the tests has it)
                Write a test with a snapshot that violates each of them.""", e.getMessage());
        c.verify("A");
    }

    @Test
    void should_write_a_table_for_people_and_properties_it_reads_back(@TempDir Path dir) throws Exception {
        // given
        RuleCoverage c = recordedFrom(report(List.of("A", "B"), "A"), report(List.of("A", "B")));
        // when
        c.write(dir.resolve("coverage"), List.of("A", "B"));
        RuleCoverage back = RuleCoverage.read(dir.resolve("coverage.properties"));
        // then
        assertEquals("""
                # Rule coverage

                2 checks in 2 tests; 2 rules: 1 fired in at least one test, 1 never fired.

                | rule | fired in tests | evaluated in tests | status |
                |---|---:|---:|---|
                | A | 1 | 2 | tested |
                | B | 0 | 2 | **untested, required** |

                ## Tests in which each rule fired

                - A: T.test0
                """, Files.readString(dir.resolve("coverage.md")));
        assertEquals(c.fired(), back.fired());
        assertEquals(c.rules(), back.rules());
        assertEquals(2, back.checks());
        assertEquals(2, back.testsEvaluating("B"));
    }

    @Test
    void should_say_how_to_produce_coverage_when_there_is_none(@TempDir Path dir) {
        Exception e = assertThrows(java.io.UncheckedIOException.class, () -> RuleCoverage.read(dir.resolve("none.properties")));
        assertTrue(e.getMessage().contains("register org.nastavnik.testing.RuleCoverageListener"), e.getMessage());
    }
}
