package org.nastavnik.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.nastavnik.model.MentoringForm.TEACHER_TEACHER;
import static org.nastavnik.testing.ReportAssert.assertThat;
import static org.nastavnik.testing.Scenario.formed;
import static org.nastavnik.testing.Scenario.mentee;
import static org.nastavnik.testing.Scenario.mentor;
import static org.nastavnik.testing.Scenario.region;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.nastavnik.common.Language;
import org.nastavnik.rules.CheckOptions;
import org.nastavnik.rules.ComplianceEngine;
import org.nastavnik.rules.ComplianceEngineBuilder;
import org.nastavnik.rules.ComplianceReport;
import org.nastavnik.rules.RuleDescriptor;
import org.nastavnik.rules.Severity;

/** Report assertions: what passes, and the exact text of every kind of failure. */
class ReportAssertTest {

    /** The messages are pinned on the first three rules; every later rule is waived here. */
    private static final ComplianceEngine THREE_RULES = firstThreeRules();

    private static ComplianceEngine firstThreeRules() {
        List<String> underTest = List.of("CURATOR_MISSING", "PAIR_FORMED_LATE", "PAIR_INCOMPLETE");
        ComplianceEngineBuilder b = ComplianceEngine.builder();
        ComplianceEngine.federal().rules().stream().map(RuleDescriptor::id).filter(id -> !underTest.contains(id))
                .forEach(id -> b.waive(id, "not under test in ReportAssertTest"));
        return b.build();
    }

    /** CURATOR_MISSING about s1 and PAIR_FORMED_LATE about p1 (one day late); both warnings. */
    private static final ComplianceReport TWO_WARNINGS = Scenario.in(region("42")).school("s1")
            .adopts(TEACHER_TEACHER, "01.09.2022").pair("p1", mentor("t1"), mentee("t2"), formed("16.09.2022"))
            .check(THREE_RULES, "01.10.2022");

    private static final String CURATOR_MISSING = listed("""
              CURATOR_MISSING (WARNING, current)
                subjects: organization:s1
                evidence: asOf=2022-10-01, curatorsInForce=0
                key:      CURATOR_MISSING|organization:s1
                ru:       В организации s1 нет куратора на 01.10.2022.
                en:       Organization s1 has no curator on 2022-10-01.""");

    private static final String PAIR_FORMED_LATE = listed("""
              PAIR_FORMED_LATE (WARNING, current)
                subjects: organization:s1, mentorship:p1
                evidence: form=TEACHER_TEACHER, adoptedOn=2022-09-01, windowDays=14, dueOn=2022-09-15, formedOn=2022-09-16, daysLate=1
                due:      2022-09-15
                key:      PAIR_FORMED_LATE|organization:s1|mentorship:p1|dueOn=2022-09-15
                ru:       Пара p1 организации s1 сформирована 16.09.2022, позже срока 15.09.2022.
                en:       Pair p1 of organization s1 was formed on 2022-09-16, after the deadline 2022-09-15.""");

    private static final String HEADER = """
            Expecting report:
              as of 01.10.2022, 2 findings, 0 upcoming
            """;

    @Test
    void should_pass_when_the_report_matches() {
        assertThat(TWO_WARNINGS).hasNoViolations().hasViolationCount(0).hasFindingCount(2)
                .hasFindingCount("PAIR_FORMED_LATE", 1).hasOnlyFindings("PAIR_FORMED_LATE", "CURATOR_MISSING")
                .hasNoFindingsAbout("t1").hasNoFinding("PAIR_INCOMPLETE").hasNoUpcoming()
                .hasFinding("PAIR_FORMED_LATE").about("p1").about("s1").withEvidence("daysLate", 1)
                .withEvidence("formedOn", "16.09.2022").withEvidence("formedOn", "2022-09-16")
                .withSeverity(Severity.WARNING).dueOn("15.09.2022")
                .withKey("PAIR_FORMED_LATE|organization:s1|mentorship:p1|dueOn=2022-09-15")
                .withEvidenceExactly(Map.of("form", "TEACHER_TEACHER", "adoptedOn", "2022-09-01", "windowDays", 14,
                        "dueOn", "2022-09-15", "formedOn", "2022-09-16", "daysLate", 1))
                .withMessage("Пара p1 организации s1 сформирована 16.09.2022, позже срока 15.09.2022.")
                .withMessage(Language.EN, "Pair p1 of organization s1 was formed on 2022-09-16, after the deadline 2022-09-15.")
                .times(1).and().hasFinding("CURATOR_MISSING").about("s1");
    }

    @Test
    void should_print_the_violations_in_full_when_violations_were_not_expected() {
        // given a pair without mentees
        ComplianceReport report = Scenario.in(region("42")).school("s1").curator("c1", "01.09.2022")
                .pair("p1", mentor("t1"), formed("10.09.2022")).check(THREE_RULES, "01.10.2022");
        // when / then
        assertFails(() -> assertThat(report).hasNoViolations(), """
                Expecting report:
                  as of 01.10.2022, 1 finding, 0 upcoming
                to have no violations
                but found 1:
                  PAIR_INCOMPLETE (VIOLATION, current)
                    subjects: organization:s1, mentorship:p1, person:t1
                    evidence: mentorId=t1, menteeCount=0, mentorAmongMentees=false
                    key:      PAIR_INCOMPLETE|organization:s1|mentorship:p1|person:t1
                    ru:       Пара p1 организации s1 составлена неверно.
                    en:       Pair p1 of organization s1 is not composed correctly.""");
    }

    @Test
    void should_list_every_finding_when_the_rule_has_none() {
        assertFails(() -> assertThat(TWO_WARNINGS).hasFinding("PAIR_INCOMPLETE"), HEADER + """
                to contain a finding of rule:
                  PAIR_INCOMPLETE
                but found none of that rule; found only:
                """ + CURATOR_MISSING + "\n" + PAIR_FORMED_LATE);
    }

    @Test
    void should_name_the_rule_subject_evidence_and_russian_text_when_the_evidence_differs() {
        assertFails(() -> assertThat(TWO_WARNINGS).hasFinding("PAIR_FORMED_LATE").about("p1").withEvidence("daysLate", 2), """
                Expecting a finding of rule PAIR_FORMED_LATE about p1
                to have evidence:
                  daysLate=2
                but found:
                """ + PAIR_FORMED_LATE);
    }

    @Test
    void should_show_the_findings_of_the_rule_when_none_is_about_the_subject() {
        assertFails(() -> assertThat(TWO_WARNINGS).hasFinding("PAIR_FORMED_LATE").about("p2"), """
                Expecting a finding of rule PAIR_FORMED_LATE
                to be about:
                  p2
                but found:
                """ + PAIR_FORMED_LATE);
    }

    @Test
    void should_name_missing_rules_and_print_unexpected_findings() {
        assertFails(() -> assertThat(TWO_WARNINGS).hasOnlyFindings("PAIR_FORMED_LATE", "PAIR_INCOMPLETE"), HEADER + """
                to have findings of exactly the rules:
                  PAIR_FORMED_LATE, PAIR_INCOMPLETE
                but found no findings of:
                  PAIR_INCOMPLETE
                and found findings of other rules:
                """ + CURATOR_MISSING);
    }

    @Test
    void should_print_the_findings_about_a_subject_that_should_have_none() {
        assertFails(() -> assertThat(TWO_WARNINGS).hasNoFindingsAbout("p1"), HEADER + """
                to have no findings about:
                  p1
                but found 1:
                """ + PAIR_FORMED_LATE);
    }

    @Test
    void should_print_every_finding_when_none_was_expected_or_the_count_differs() {
        assertFails(() -> assertThat(TWO_WARNINGS).hasNoFindings(), HEADER + """
                to have no findings
                but found 2:
                """ + CURATOR_MISSING + "\n" + PAIR_FORMED_LATE);
        assertFails(() -> assertThat(TWO_WARNINGS).hasFindingCount("CURATOR_MISSING", 2), HEADER + """
                to have 2 findings of rule CURATOR_MISSING
                but found 1:
                """ + CURATOR_MISSING);
        assertFails(() -> assertThat(TWO_WARNINGS).hasFinding("CURATOR_MISSING").times(2), """
                Expecting a finding of rule CURATOR_MISSING
                to number:
                  2
                but found 1:
                """ + CURATOR_MISSING);
    }

    @Test
    void should_assert_upcoming_findings_apart_from_current_ones() {
        // given a form adopted and no pair yet; the window closes on 15.09.2022
        var scenario = Scenario.in(region("42")).school("s1").curator("c1", "01.09.2022").adopts(TEACHER_TEACHER, "01.09.2022");
        ComplianceReport report = THREE_RULES.check(scenario.asOf("10.09.2022"),
                Scenario.date("10.09.2022"), CheckOptions.defaults().withHorizonDays(14));
        // then
        assertThat(report).hasNoFindings().hasUpcoming("PAIR_FORMED_LATE").dueOn("15.09.2022")
                .withMessage("В организации s1 до 15.09.2022 нужно сформировать пару (группу) по форме TEACHER_TEACHER.");
        assertFails(() -> assertThat(report).hasNoUpcoming(), """
                Expecting report:
                  as of 10.09.2022, 0 findings, 1 upcoming
                to have no upcoming findings
                but found 1:
                  PAIR_FORMED_LATE (WARNING, upcoming)
                    subjects: organization:s1
                    evidence: form=TEACHER_TEACHER, adoptedOn=2022-09-01, windowDays=14, dueOn=2022-09-15, formedOn=none
                    due:      2022-09-15
                    key:      PAIR_FORMED_LATE|organization:s1|form=TEACHER_TEACHER|dueOn=2022-09-15
                    ru:       В организации s1 до 15.09.2022 нужно сформировать пару (группу) по форме TEACHER_TEACHER.
                    en:       Organization s1 must form a pair or group of form TEACHER_TEACHER by 2022-09-15.""");
        assertFails(() -> assertThat(report).hasFinding("PAIR_FORMED_LATE"), """
                Expecting report:
                  as of 10.09.2022, 0 findings, 1 upcoming
                to contain a finding of rule:
                  PAIR_FORMED_LATE
                but found none at all""");
    }

    @Test
    void should_fail_plainly_on_a_null_report() {
        assertFails(() -> assertThat(null), """
                Expecting a compliance report
                but found:
                  null""");
    }

    /** @return a finding as a failure message lists it: indented by two spaces */
    private static String listed(String finding) {
        return finding.indent(2).stripTrailing();
    }

    /** Asserts a plain AssertionError (not a framework's subclass) with exactly this message. */
    private static void assertFails(Executable assertion, String expectedMessage) {
        AssertionError e = assertThrows(AssertionError.class, assertion);
        assertEquals(AssertionError.class, e.getClass());
        assertEquals(expectedMessage, e.getMessage());
    }
}
