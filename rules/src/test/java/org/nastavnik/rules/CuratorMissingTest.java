package org.nastavnik.rules;

import static org.nastavnik.testing.ReportAssert.assertThat;
import static org.nastavnik.testing.Scenario.region;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nastavnik.testing.Scenario;

/** CURATOR_MISSING: an organization implementing the model has a curator in force. */
class CuratorMissingTest {

    private final ComplianceEngine engine = ComplianceEngine.federal();

    @Test
    void should_report_school_without_curator() {
        // given a school with no curator, and an enterprise (not implementing the model) without one
        Scenario s = Scenario.in(region("42")).school("s1").enterprise("e1");
        // when
        ComplianceReport report = s.check(engine, "01.10.2022");
        // then
        assertThat(report).hasFindingCount("CURATOR_MISSING", 1)
                .hasFinding("CURATOR_MISSING").withKey("CURATOR_MISSING|organization:s1")
                .withEvidenceExactly(Map.of("asOf", "2022-10-01", "curatorsInForce", 0))
                .withMessage("В организации s1 нет куратора на 01.10.2022.");
    }

    @Test
    void should_not_report_school_with_curator_in_force() {
        // given
        Scenario s = Scenario.in(region("42")).school("s1").curator("t5", "01.09.2022");
        // when, on the day of appointment
        ComplianceReport report = s.check(engine, "01.09.2022");
        // then
        assertThat(report).hasNoFinding("CURATOR_MISSING");
    }

    @Test
    void should_report_curator_appointed_after_the_check_date() {
        // given
        Scenario s = Scenario.in(region("42")).school("s1").curator("t5", "02.09.2022");
        // when
        ComplianceReport report = s.check(engine, "01.09.2022");
        // then
        assertThat(report).hasFindingCount("CURATOR_MISSING", 1).hasFinding("CURATOR_MISSING").about("s1");
    }
}
