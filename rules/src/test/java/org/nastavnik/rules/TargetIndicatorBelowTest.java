package org.nastavnik.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nastavnik.rules.OrganizationFixtures.date;
import static org.nastavnik.rules.OrganizationFixtures.keys;
import static org.nastavnik.rules.OrganizationFixtures.measured;
import static org.nastavnik.rules.OrganizationFixtures.org;
import static org.nastavnik.rules.OrganizationFixtures.target;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nastavnik.model.IndicatorKind;
import org.nastavnik.model.IndicatorValue;
import org.nastavnik.common.Language;
import org.nastavnik.model.OrganizationKind;
import org.nastavnik.model.Snapshot;

/** TARGET_INDICATOR_BELOW: a measured share is not below the target of its indicator and year. */
class TargetIndicatorBelowTest {

    private final ComplianceEngine engine = ComplianceEngine.federal();

    private static Snapshot measuredAs(IndicatorValue... values) {
        return OrganizationFixtures.school()
                .addOrganizations(org("s2", OrganizationKind.SCHOOL))
                .addTargetIndicators(target(IndicatorKind.STUDENT_MENTEES, 2024, "70"),
                        target(IndicatorKind.YOUNG_SPECIALIST_MENTEES, 2024, "50.5"))
                .addIndicatorValues(values)
                .build();
    }

    @Test
    void should_report_the_territory_and_a_school_below_the_target() {
        // given the territory at 69.50 %, school s1 at 69 %, school s2 at exactly 70 %
        Snapshot s = measuredAs(measured(IndicatorKind.STUDENT_MENTEES, 2024, null, 139, 200),
                measured(IndicatorKind.STUDENT_MENTEES, 2024, "s1", 69, 100),
                measured(IndicatorKind.STUDENT_MENTEES, 2024, "s2", 70, 100));
        // when
        ComplianceReport report = engine.check(s, date("01.06.2024"));
        // then
        List<Finding> found = report.findings("TARGET_INDICATOR_BELOW");
        assertEquals(List.of("TARGET_INDICATOR_BELOW|indicator=STUDENT_MENTEES|year=2024",
                "TARGET_INDICATOR_BELOW|organization:s1|indicator=STUDENT_MENTEES|year=2024"), keys(found));
        assertEquals(Map.of("indicator", "STUDENT_MENTEES", "year", "2024", "scope", "territory", "target", "70",
                "measured", "69.50", "involved", "139", "total", "200", "computed", "false"), found.get(0).evidence());
        assertEquals(List.of(), found.get(0).subjects());
        assertEquals(List.of(SubjectRef.organization("s1")), found.get(1).subjects());
        assertEquals(Severity.WARNING, found.get(1).severity());
        assertEquals("Показатель STUDENT_MENTEES за 2024 год (s1): 69.00 % — ниже целевого значения 70 %.",
                found.get(1).message(Language.RU));
        assertEquals("Expected at least 70 % for indicator STUDENT_MENTEES in 2024; 69.50 % (139 of 200) was measured "
                + "for territory.", found.get(0).explanation(Language.EN));
    }

    @Test
    void should_compare_with_the_target_of_the_same_indicator_and_year_only() {
        // given values of other years, a fractional target met exactly, and a measurement of nothing
        Snapshot s = measuredAs(measured(IndicatorKind.STUDENT_MENTEES, 2023, null, 10, 100),
                measured(IndicatorKind.YOUNG_SPECIALIST_MENTEES, 2024, "s1", 101, 200),
                measured(IndicatorKind.ENTERPRISES_PROVIDING_MENTORS, 2024, null, 0, 10),
                measured(IndicatorKind.STUDENT_MENTEES, 2024, "s2", 0, 0));
        // when
        ComplianceReport report = engine.check(s, date("01.06.2024"));
        // then
        assertEquals(List.of(), report.findings("TARGET_INDICATOR_BELOW"));
    }

    @Test
    void should_report_a_fractional_target_missed_by_the_smallest_step() {
        // given 50.00 % against a target of 50.5 %
        Snapshot s = measuredAs(measured(IndicatorKind.YOUNG_SPECIALIST_MENTEES, 2024, "s1", 100, 200));
        // when
        ComplianceReport report = engine.check(s, date("01.06.2024"));
        // then
        Finding f = report.findings("TARGET_INDICATOR_BELOW").get(0);
        assertEquals("50.5", f.evidence().get("target"));
        assertEquals("50.00", f.evidence().get("measured"));
    }

    private static IndicatorValue computed(IndicatorKind indicator, int year, String organizationId, int involved,
            int total) {
        return IndicatorValue.builder().from(measured(indicator, year, organizationId, involved, total)).computed(true)
                .build();
    }

    @Test
    void should_judge_the_computed_value_instead_of_a_supplied_one_of_the_same_scope() {
        // given s1 supplied at 80 % but computed at 60 %; s2 supplied at 50 % but computed at 75 %
        Snapshot s = measuredAs(measured(IndicatorKind.STUDENT_MENTEES, 2024, "s1", 80, 100),
                computed(IndicatorKind.STUDENT_MENTEES, 2024, "s1", 60, 100),
                measured(IndicatorKind.STUDENT_MENTEES, 2024, "s2", 50, 100),
                computed(IndicatorKind.STUDENT_MENTEES, 2024, "s2", 75, 100));
        // when
        ComplianceReport report = engine.check(s, date("01.06.2024"));
        // then only the computed 60 % of s1 is below the target
        List<Finding> found = report.findings("TARGET_INDICATOR_BELOW");
        assertEquals(List.of("TARGET_INDICATOR_BELOW|organization:s1|indicator=STUDENT_MENTEES|year=2024"), keys(found));
        assertEquals("60.00", found.get(0).evidence().get("measured"));
        assertEquals("true", found.get(0).evidence().get("computed"));
    }

    @Test
    void should_report_a_supplied_value_that_disagrees_with_the_computed_one() {
        // given s1 supplied 80 of 100 but computed 60 of 100; s2 supplied and computed alike; the territory differs in its total
        Snapshot s = measuredAs(measured(IndicatorKind.STUDENT_MENTEES, 2024, "s1", 80, 100),
                computed(IndicatorKind.STUDENT_MENTEES, 2024, "s1", 60, 100),
                measured(IndicatorKind.STUDENT_MENTEES, 2024, "s2", 75, 100),
                computed(IndicatorKind.STUDENT_MENTEES, 2024, "s2", 75, 100),
                measured(IndicatorKind.STUDENT_MENTEES, 2024, null, 135, 190),
                computed(IndicatorKind.STUDENT_MENTEES, 2024, null, 135, 200));
        // when
        ComplianceReport report = engine.check(s, date("01.06.2024"));
        // then
        List<Finding> found = report.findings("INDICATOR_VALUE_MISMATCH");
        assertEquals(List.of("INDICATOR_VALUE_MISMATCH|indicator=STUDENT_MENTEES|year=2024",
                "INDICATOR_VALUE_MISMATCH|organization:s1|indicator=STUDENT_MENTEES|year=2024"), keys(found));
        Finding f = found.get(1);
        assertEquals("80", f.evidence().get("suppliedInvolved"));
        assertEquals("60", f.evidence().get("computedInvolved"));
        assertEquals(Severity.WARNING, f.severity());
        assertEquals("Показатель STUDENT_MENTEES за 2024 год (s1): указано 80 из 100 (80.00 %), по данным учёта 60 из 100 "
                + "(60.00 %).", f.message(Language.RU));
    }
}
