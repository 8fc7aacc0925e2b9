package org.nastavnik.examples;

import static org.nastavnik.model.MeetingKind.WORKING;
import static org.nastavnik.model.MentoringForm.TEACHER_TEACHER;
import static org.nastavnik.rules.Severity.VIOLATION;
import static org.nastavnik.testing.ReportAssert.assertThat;
import static org.nastavnik.testing.Scenario.completed;
import static org.nastavnik.testing.Scenario.confirmed;
import static org.nastavnik.testing.Scenario.date;
import static org.nastavnik.testing.Scenario.feedback;
import static org.nastavnik.testing.Scenario.formed;
import static org.nastavnik.testing.Scenario.mentee;
import static org.nastavnik.testing.Scenario.mentor;

import org.junit.jupiter.api.Test;
import org.nastavnik.model.Snapshot;
import org.nastavnik.rules.CheckOptions;
import org.nastavnik.rules.ComplianceEngine;
import org.nastavnik.testing.NastavnikTest;
import org.nastavnik.testing.Scenario;
import org.nastavnik.testing.SnapshotFile;

/**
 * Compliance checks written the way a methodologist at a regional authority would write them:
 * the engine and the region come from {@code @NastavnikTest}, data from a JSON file or a
 * five-line scenario, and each check reads as a sentence.
 */
@NastavnikTest(region = "31")
class UserStyleComplianceTest {

    @Test
    void school_12_as_of_1_october_has_no_violations(ComplianceEngine engine,
            @SnapshotFile("school-12.json") Snapshot school12) {
        assertThat(engine.check(school12, date("01.10.2022"))).hasNoViolations().hasNoFinding("PAIR_FORMED_LATE");
    }

    @Test
    void a_pair_formed_on_day_15_is_flagged_late(Scenario belgorod) {
        var report = belgorod.school("s1").curator("c1", "01.09.2022").adopts(TEACHER_TEACHER, "01.09.2022")
                .pair("p1", mentor("t1"), mentee("t2"), formed("16.09.2022"))
                .checkAsOf("01.10.2022");
        assertThat(report).hasFinding("PAIR_FORMED_LATE").about("p1").withEvidence("daysLate", 1);
    }

    @Test
    void a_school_with_no_curator_is_flagged(Scenario belgorod) {
        var report = belgorod.school("s12").checkAsOf("01.10.2022");
        assertThat(report).hasFinding("CURATOR_MISSING").about("s12").withEvidence("curatorsInForce", 0);
    }

    @Test
    void a_pair_without_a_mentee_is_a_violation(Scenario belgorod) {
        var report = belgorod.school("s1").curator("c1", "01.09.2022")
                .pair("p1", mentor("t1"), formed("10.09.2022"))
                .checkAsOf("01.10.2022");
        assertThat(report).hasFinding("PAIR_INCOMPLETE").about("p1").withSeverity(VIOLATION).withEvidence("menteeCount", 0);
    }

    @Test
    void a_form_adopted_with_no_pair_yet_is_listed_as_upcoming_five_days_ahead(ComplianceEngine engine, Scenario belgorod) {
        Snapshot s = belgorod.school("s1").curator("c1", "01.09.2022").adopts(TEACHER_TEACHER, "01.09.2022").asOf("10.09.2022");
        var report = engine.check(s, s.asOf(), CheckOptions.defaults().withHorizonDays(14));
        assertThat(report).hasNoFinding("PAIR_FORMED_LATE").hasUpcoming("PAIR_FORMED_LATE").about("s1").dueOn("15.09.2022");
    }

    @Test
    void a_completed_pair_without_a_final_meeting_is_flagged(Scenario belgorod) {
        var report = belgorod.school("s1").curator("c1", "01.09.2022")
                .pair("p1", mentor("t1"), mentee("t2"), formed("10.09.2022"), completed("25.05.2023"))
                .meeting("p1", WORKING, "20.04.2023", confirmed(), feedback())
                .checkAsOf("01.06.2023");
        assertThat(report).hasFinding("COMPLETED_WITHOUT_FINAL").about("p1").withEvidence("completedOn", "25.05.2023");
    }
}
