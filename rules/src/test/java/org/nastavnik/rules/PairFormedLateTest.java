package org.nastavnik.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nastavnik.rules.Fixtures.adopts;
import static org.nastavnik.rules.Fixtures.curator;
import static org.nastavnik.rules.Fixtures.date;
import static org.nastavnik.rules.Fixtures.pair;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nastavnik.model.Language;
import org.nastavnik.model.Snapshot;

/** PAIR_FORMED_LATE: a pair is formed within pairWindowDays (14) of the form's determination. */
class PairFormedLateTest {

    private final ComplianceEngine engine = ComplianceEngine.federal();

    private static Snapshot formedOn(String formed) {
        return Fixtures.school()
                .addCuratorAppointments(curator("t5", "s1", "01.08.2022"))
                .addFormAdoptions(adopts("s1", "01.09.2022"))
                .addMentorships(pair("p1", "s1", "t1", List.of("t2"), formed))
                .build();
    }

    @Test
    void should_not_report_pair_formed_on_day_14() {
        // given the form determined on 01.09.2022, the pair formed on 15.09.2022 (day 14)
        Snapshot s = formedOn("15.09.2022");
        // when
        ComplianceReport report = engine.check(s, date("01.10.2022"));
        // then
        assertEquals(List.of(), report.findings("PAIR_FORMED_LATE"));
    }

    @Test
    void should_report_pair_formed_late_when_formed_on_day_15() {
        // given
        Snapshot s = formedOn("16.09.2022");
        // when
        ComplianceReport report = engine.check(s, date("01.10.2022"));
        // then
        List<Finding> found = report.findings("PAIR_FORMED_LATE");
        assertEquals(1, found.size(), report.findings().toString());
        Finding f = found.get(0);
        assertEquals(List.of(SubjectRef.organization("s1"), SubjectRef.mentorship("p1")), f.subjects());
        assertEquals(Map.of("form", "TEACHER_TEACHER", "adoptedOn", "2022-09-01", "windowDays", "14",
                "dueOn", "2022-09-15", "formedOn", "2022-09-16", "daysLate", "1"), f.evidence());
        assertEquals(Severity.WARNING, f.severity());
        assertEquals(FindingKind.CURRENT, f.kind());
        assertEquals("PAIR_FORMED_LATE|organization:s1|mentorship:p1|dueOn=2022-09-15", f.key());
        assertEquals("Пара p1 организации s1 сформирована 16.09.2022, позже срока 15.09.2022.", f.message(Language.RU));
        assertEquals("Pair p1 of organization s1 was formed on 2022-09-16, after the deadline 2022-09-15.",
                f.message(Language.EN));
        assertTrue(f.source().document().contains("Таштагольского"), f.source().toString());
    }

    @Test
    void should_follow_the_region_window_when_the_parameter_changes() {
        // given a 10-day window: day 14 is now late
        ComplianceEngine tenDays = ComplianceEngine.builder()
                .parameters(RuleParameters.builder().pairWindowDays(10).build()).build();
        // when
        ComplianceReport report = tenDays.check(formedOn("15.09.2022"), date("01.10.2022"));
        // then
        assertEquals("2022-09-11", report.findings("PAIR_FORMED_LATE").get(0).evidence().get("dueOn"));
        assertTrue(report.ruleSetVersion().contains(";params="), report.ruleSetVersion());
    }

    @Test
    void should_report_no_pair_formed_once_the_window_has_closed() {
        // given a form determined and no pair
        Snapshot s = Fixtures.school()
                .addCuratorAppointments(curator("t5", "s1", "01.08.2022"))
                .addFormAdoptions(adopts("s1", "01.09.2022")).build();
        // when checked on day 15 / on day 14
        ComplianceReport late = engine.check(s, date("16.09.2022"));
        ComplianceReport onTime = engine.check(s, date("15.09.2022"));
        // then
        Finding f = late.findings("PAIR_FORMED_LATE").get(0);
        assertEquals("PAIR_FORMED_LATE|organization:s1|form=TEACHER_TEACHER|dueOn=2022-09-15", f.key());
        assertEquals("none", f.evidence().get("formedOn"));
        assertEquals(List.of(), onTime.findings("PAIR_FORMED_LATE"));
    }

    @Test
    void should_list_the_closing_window_as_upcoming_within_the_horizon() {
        // given a form determined on 01.09.2022 and no pair; the window closes on 15.09.2022
        Snapshot s = Fixtures.school()
                .addCuratorAppointments(curator("t5", "s1", "01.08.2022"))
                .addFormAdoptions(adopts("s1", "01.09.2022")).build();
        // when checked 5 days before, with horizons of 14 and 4 days
        ComplianceReport within = engine.check(s, date("10.09.2022"), CheckOptions.defaults().withHorizonDays(14));
        ComplianceReport beyond = engine.check(s, date("10.09.2022"), CheckOptions.defaults().withHorizonDays(4));
        ComplianceReport afterwards = engine.check(s, date("16.09.2022"), CheckOptions.defaults().withHorizonDays(14));
        // then
        assertEquals(List.of(), within.findings("PAIR_FORMED_LATE"));
        Finding up = within.upcoming().get(0);
        assertEquals(FindingKind.UPCOMING, up.kind());
        assertEquals(date("15.09.2022"), up.dueDate().orElseThrow());
        assertEquals("В организации s1 до 15.09.2022 нужно сформировать пару (группу) по форме TEACHER_TEACHER.",
                up.message(Language.RU));
        assertEquals(List.of(), beyond.upcoming());
        // and the upcoming finding turns into a current one with the same key
        ReportDiff diff = afterwards.diff(within);
        assertEquals(List.of(), diff.added());
        assertEquals(up.key(), diff.stillOpen().stream().filter(f -> f.ruleId().equals("PAIR_FORMED_LATE"))
                .findFirst().orElseThrow().key());
    }
}
