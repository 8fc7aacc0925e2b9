package org.nastavnik.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nastavnik.model.MentoringForm.TEACHER_TEACHER;
import static org.nastavnik.testing.Scenario.formed;
import static org.nastavnik.testing.Scenario.mentee;
import static org.nastavnik.testing.Scenario.mentor;
import static org.nastavnik.testing.Scenario.region;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;
import org.nastavnik.model.Snapshot;
import org.nastavnik.rules.ComplianceEngine;
import org.nastavnik.rules.ComplianceReport;
import org.nastavnik.rules.Finding;

/**
 * One rule tested alone, AssertJ soft assertions on reports, and the coverage gate of
 * {@code @NastavnikTest}.
 */
class RuleVerifierTest {
    private static final RuleVerifier VERIFIER = RuleVerifier.federal();

    /** A school with no curator, no local acts and a pair formed a day late (the late-pair scenario). */
    private static Scenario latePair() {
        return Scenario.in(region("31")).school("s1").adopts(TEACHER_TEACHER, "01.09.2022")
                .pair("p1", mentor("t1"), mentee("t2"), formed("16.09.2022"));
    }

    @Test
    void should_fire_only_the_chosen_rule_when_the_whole_catalogue_fires_others() {
        // given
        ComplianceReport whole = VERIFIER.verifyThatAllRules().given(latePair(), "01.10.2022").report();

        // when
        ComplianceReport alone = VERIFIER.verifyThat("PAIR_FORMED_LATE").given(latePair(), "01.10.2022").report();

        // then
        assertTrue(whole.findings().stream().map(Finding::ruleId).distinct().count() > 1, whole.findings().toString());
        assertEquals(List.of("PAIR_FORMED_LATE"), alone.rulesEvaluated());
        assertEquals(List.of("PAIR_FORMED_LATE|organization:s1|mentorship:p1|dueOn=2022-09-15"),
                alone.findings().stream().map(Finding::key).toList());
    }

    @Test
    void should_pass_then_assertions_on_the_chosen_rule() {
        VERIFIER.verifyThat("PAIR_FORMED_LATE").given(latePair(), "01.10.2022")
                .then(report -> report.hasOnlyFindings("PAIR_FORMED_LATE").hasFinding("PAIR_FORMED_LATE").about("p1")
                        .withEvidence("daysLate", 1));
        Snapshot onTime = Scenario.in(region("31")).school("s1").adopts(TEACHER_TEACHER, "01.09.2022")
                .pair("p1", mentor("t1"), mentee("t2"), formed("15.09.2022")).snapshot();
        VERIFIER.verifyThat("PAIR_FORMED_LATE").given(onTime, "01.10.2022").then().hasNoFindings();
    }

    @Test
    void should_refuse_a_rule_the_engine_does_not_have_naming_it() {
        // when
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> VERIFIER.verifyThat("PAIR_FORMED_LATE", "NO_SUCH_RULE"));

        // then
        assertTrue(e.getMessage().startsWith("the engine has no rule NO_SUCH_RULE ("), e.getMessage());
    }

    @Test
    void should_collect_every_failure_with_soft_assertions_keeping_the_messages() {
        // given
        ComplianceReport report = VERIFIER.verifyThat("PAIR_FORMED_LATE").given(latePair(), "01.10.2022").report();
        NastavnikSoftAssertions softly = new NastavnikSoftAssertions();

        // when
        softly.assertThat(report).hasNoFindings();
        softly.assertThat(report).hasFinding("CURATOR_MISSING").about("s1"); // fails once; the narrowing is skipped
        softly.assertThat(report).hasFinding("PAIR_FORMED_LATE").about("p1").withEvidence("daysLate", 1);
        softly.assertThat(report.findings()).hasSize(1);
        List<Throwable> errors = softly.errorsCollected();

        // then
        assertEquals(2, errors.size(), errors.toString());
        assertTrue(errors.get(0).getMessage().startsWith("Expecting report:\n"), errors.get(0).getMessage());
        assertTrue(errors.get(0).getMessage().contains("to have no findings\nbut found 1:\n  PAIR_FORMED_LATE (WARNING"),
                errors.get(0).getMessage());
        assertTrue(errors.get(1).getMessage().contains("but it evaluated no rule:\n  CURATOR_MISSING"),
                errors.get(1).getMessage());
    }

    @Test
    void should_fail_at_the_end_of_assert_softly_listing_every_failure() {
        // given
        ComplianceReport report = VERIFIER.verifyThat("PAIR_FORMED_LATE").given(latePair(), "01.10.2022").report();

        // when
        AssertionError e = assertThrows(AssertionError.class, () -> NastavnikSoftAssertions.assertReportsSoftly(softly -> {
            softly.assertThat(report).hasNoViolations();
            softly.assertThat(report).hasFindingCount(2);
            softly.assertThat(report).hasFinding("PAIR_FORMED_LATE").about("p9");
        }));

        // then
        assertTrue(e.getMessage().contains("Multiple Failures (2 failures)"), e.getMessage());
        assertTrue(e.getMessage().contains("to have 2 findings"), e.getMessage());
        assertTrue(e.getMessage().contains("to be about:\n  p9"), e.getMessage());
    }

    @Test
    void should_work_with_plain_soft_assertions_through_check() {
        // given
        ComplianceReport report = VERIFIER.verifyThat("PAIR_FORMED_LATE").given(latePair(), "01.10.2022").report();
        SoftAssertions softly = new SoftAssertions();

        // when
        softly.check(() -> ReportAssert.assertThat(report).hasNoFindings());

        // then
        assertEquals(1, softly.errorsCollected().size());
    }

    @Test
    void should_put_the_description_before_the_failure_message() {
        // given
        ComplianceReport report = VERIFIER.verifyThat("PAIR_FORMED_LATE").given(latePair(), "01.10.2022").report();

        // when
        AssertionError e = assertThrows(AssertionError.class,
                () -> ReportAssert.assertThat(report).describedAs("школа s1").hasNoFindings());

        // then
        assertTrue(e.getMessage().startsWith("[школа s1] Expecting report:\n"), e.getMessage());
    }

    @Test
    void should_extract_from_the_report_as_any_assertj_assertion() {
        // given
        ComplianceReport report = VERIFIER.verifyThat("PAIR_FORMED_LATE").given(latePair(), "01.10.2022").report();

        // then
        ReportAssert.assertThat(report).extracting(ComplianceReport::findings, InstanceOfAssertFactories.list(Finding.class))
                .hasSize(1);
    }

    @Test
    void should_fail_a_class_whose_coverage_gate_names_a_rule_never_asserted() {
        // given
        SummaryGeneratingListener summary = new SummaryGeneratingListener();

        // when
        LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(GatedFixture.class)).build(), summary);

        // then
        TestExecutionSummary s = summary.getSummary();
        assertEquals(1, s.getTestsSucceededCount());
        assertEquals(1, s.getFailures().size(), "the class fails after its test passes");
        String message = s.getFailures().get(0).getException().getMessage();
        assertEquals("Expecting every rule of the coverage gate of GatedFixture to be the subject of a passing"
                + " assertion\nbut 1 rule never was:\n  CURATOR_MISSING\nAssert a finding of each"
                + " (assertThat(report).hasFinding(id)), or narrow coverageGate = \"PAIR_FORMED_LATE, CURATOR_MISSING\".",
                message);
    }

    /** Run only by the test above (a nested class, which the build's test run leaves out). */
    @NastavnikTest(region = "31", coverageGate = "PAIR_FORMED_LATE, CURATOR_MISSING")
    static class GatedFixture {
        @Test
        void asserts_the_late_pair_only() {
            VERIFIER.verifyThat("PAIR_FORMED_LATE").given(latePair(), "01.10.2022")
                    .then(report -> report.hasFinding("PAIR_FORMED_LATE").about("p1"));
        }
    }

    /** A class whose gate is met: it passes (the build runs it). */
    @NastavnikTest(region = "31", coverageGate = "PAIR_FORMED_LATE")
    static class MetGateFixture {
        @Test
        void asserts_the_late_pair() {
            VERIFIER.verifyThat("PAIR_FORMED_LATE").given(latePair(), "01.10.2022")
                    .then(report -> report.hasFinding("PAIR_FORMED_LATE"));
        }
    }

    @Test
    void should_pass_a_class_whose_coverage_gate_is_met() {
        // given
        SummaryGeneratingListener summary = new SummaryGeneratingListener();

        // when
        LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(MetGateFixture.class)).build(), summary);

        // then
        assertEquals(1, summary.getSummary().getTestsSucceededCount());
        assertEquals(List.of(), summary.getSummary().getFailures());
    }
}
