package org.nastavnik.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nastavnik.model.MentoringForm.TEACHER_TEACHER;
import static org.nastavnik.testing.ReportAssert.assertThat;
import static org.nastavnik.testing.Scenario.date;
import static org.nastavnik.testing.Scenario.formed;
import static org.nastavnik.testing.Scenario.mentee;
import static org.nastavnik.testing.Scenario.mentor;
import static org.nastavnik.testing.Scenario.region;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nastavnik.common.Language;
import org.nastavnik.model.Snapshot;
import org.nastavnik.testing.Scenario;
import org.nastavnik.rules.spi.RuleParameters;

/** PAIR_FORMED_LATE: a pair is formed within pairWindowDays (14) of the form's determination. */
class PairFormedLateTest {

    private final ComplianceEngine engine = ComplianceEngine.federal();

    /** School s1 with a curator; the form determined on 01.09.2022 (due 15.09.2022). */
    private static Scenario formAdopted() {
        return Scenario.in(region("42")).school("s1").curator("t5", "01.08.2022").adopts(TEACHER_TEACHER, "01.09.2022");
    }

    private static Scenario formedOn(String formed) {
        return formAdopted().pair("p1", mentor("t1"), mentee("t2"), formed(formed));
    }

    @Test
    void should_not_report_pair_formed_on_day_14() {
        // given the form determined on 01.09.2022, the pair formed on 15.09.2022 (day 14)
        Scenario s = formedOn("15.09.2022");
        // when
        ComplianceReport report = s.check(engine, "01.10.2022");
        // then
        assertThat(report).hasNoFinding("PAIR_FORMED_LATE");
    }

    @Test
    void should_report_pair_formed_late_when_formed_on_day_15() {
        // given
        Scenario s = formedOn("16.09.2022");
        // when
        ComplianceReport report = s.check(engine, "01.10.2022");
        // then
        Finding f = assertThat(report).hasFindingCount("PAIR_FORMED_LATE", 1).hasFinding("PAIR_FORMED_LATE")
                .withKey("PAIR_FORMED_LATE|organization:s1|mentorship:p1|dueOn=2022-09-15")
                .withSeverity(Severity.WARNING)
                .withEvidenceExactly(Map.of("form", "TEACHER_TEACHER", "adoptedOn", "2022-09-01", "windowDays", 14,
                        "dueOn", "2022-09-15", "formedOn", "2022-09-16", "daysLate", 1))
                .withMessage("Пара p1 организации s1 сформирована 16.09.2022, позже срока 15.09.2022.")
                .withMessage(Language.EN, "Pair p1 of organization s1 was formed on 2022-09-16, after the deadline 2022-09-15.")
                .finding();
        assertEquals(List.of(SubjectRef.organization("s1"), SubjectRef.mentorship("p1")), f.subjects());
        assertEquals(FindingKind.CURRENT, f.kind());
        assertTrue(f.source().document().contains("Таштагольского"), f.source().toString());
    }

    @Test
    void should_follow_the_region_window_when_the_parameter_changes() {
        // given a 10-day window: day 14 is now late
        ComplianceEngine tenDays = ComplianceEngine.builder()
                .parameters(RuleParameters.builder().set(RuleParameters.PAIR_WINDOW_DAYS, 10).build()).build();
        // when
        ComplianceReport report = formedOn("15.09.2022").check(tenDays, "01.10.2022");
        // then
        assertThat(report).hasFinding("PAIR_FORMED_LATE").about("p1").withEvidence("dueOn", "11.09.2022");
        assertTrue(report.ruleSetVersion().contains(";params="), report.ruleSetVersion());
    }

    @Test
    void should_report_no_pair_formed_once_the_window_has_closed() {
        // given a form determined and no pair
        Scenario s = formAdopted();
        // when checked on day 15 / on day 14
        ComplianceReport late = s.check(engine, "16.09.2022");
        ComplianceReport onTime = s.check(engine, "15.09.2022");
        // then
        assertThat(late).hasFinding("PAIR_FORMED_LATE").withKey("PAIR_FORMED_LATE|organization:s1|form=TEACHER_TEACHER|dueOn=2022-09-15")
                .withEvidence("formedOn", "none");
        assertThat(onTime).hasNoFinding("PAIR_FORMED_LATE");
    }

    @Test
    void should_list_the_closing_window_as_upcoming_within_the_horizon() {
        // given a form determined on 01.09.2022 and no pair; the window closes on 15.09.2022
        Snapshot s = formAdopted().asOf("10.09.2022");
        // when checked 5 days before, with horizons of 14 and 4 days
        ComplianceReport within = engine.check(s, date("10.09.2022"), CheckOptions.defaults().withHorizonDays(14));
        ComplianceReport beyond = engine.check(s, date("10.09.2022"), CheckOptions.defaults().withHorizonDays(4));
        ComplianceReport afterwards = engine.check(s, date("16.09.2022"), CheckOptions.defaults().withHorizonDays(14));
        // then
        Finding up = assertThat(within).hasNoFinding("PAIR_FORMED_LATE").hasUpcoming("PAIR_FORMED_LATE").dueOn("15.09.2022")
                .withMessage("В организации s1 до 15.09.2022 нужно сформировать пару (группу) по форме TEACHER_TEACHER.")
                .finding();
        assertEquals(FindingKind.UPCOMING, up.kind());
        assertThat(beyond).hasNoUpcoming();
        // and the upcoming finding turns into a current one with the same key
        ReportDiff diff = afterwards.diff(within);
        assertEquals(List.of(), diff.added());
        assertEquals(up.key(), diff.stillOpen().stream().filter(f -> f.ruleId().equals("PAIR_FORMED_LATE"))
                .findFirst().orElseThrow().key());
    }
}
