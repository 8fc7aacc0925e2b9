package org.nastavnik.examples;

import static org.nastavnik.model.MentoringForm.TEACHER_TEACHER;
import static org.nastavnik.testing.ReportAssert.assertThat;
import static org.nastavnik.testing.Scenario.formed;
import static org.nastavnik.testing.Scenario.mentee;
import static org.nastavnik.testing.Scenario.mentor;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.nastavnik.rules.ComplianceReport;
import org.nastavnik.testing.Scenario;

/**
 * A {@link Scenario} in a property-based test: the testing support needs no property-testing
 * library and works with any, here QuickTheories. The property: in Belgorod (region 31) a pair
 * formed more than 14 days after its school adopted the form is late by the days past the
 * fourteenth, and one formed sooner is not late.
 */
class ScenarioPropertyTest {
    private static final LocalDate ADOPTED = LocalDate.of(2022, 9, 1);

    @Test
    void a_pair_is_late_exactly_when_formed_more_than_14_days_after_the_adoption() {
        qt().withFixedSeed(31).withExamples(100).forAll(integers().between(0, 40)).checkAssert(days -> {
            ComplianceReport report = Scenario.in("31")
                    .school("s1").curator("c1", "01.09.2022").adopts(TEACHER_TEACHER, ADOPTED.toString())
                    .pair("p1", mentor("t1"), mentee("t2"), formed(ADOPTED.plusDays(days).toString()))
                    .checkAsOf("01.12.2022");
            if (days > 14) {
                assertThat(report).hasFinding("PAIR_FORMED_LATE").about("p1").withEvidence("daysLate", days - 14);
            } else {
                assertThat(report).hasNoFinding("PAIR_FORMED_LATE");
            }
        });
    }
}
