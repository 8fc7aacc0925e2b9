package org.nastavnik.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nastavnik.rules.OrganizationFixtures.completed;
import static org.nastavnik.rules.OrganizationFixtures.date;
import static org.nastavnik.rules.OrganizationFixtures.keys;
import static org.nastavnik.rules.OrganizationFixtures.monitoring;
import static org.nastavnik.rules.OrganizationFixtures.pair;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nastavnik.common.Language;
import org.nastavnik.model.MentoringForm;
import org.nastavnik.model.Mentorship;
import org.nastavnik.model.MonitoringKind;
import org.nastavnik.model.MonitoringReport;
import org.nastavnik.model.Snapshot;
import org.nastavnik.rules.spi.RuleParameters;

/**
 * MONITORING_MISSING: a completed pair has a final monitoring report within finalMonitoringDays
 * (30) of completion; an active pair has an interim one once it has run interimMonitoringMonths (6).
 */
class MonitoringMissingTest {

    private final ComplianceEngine engine = ComplianceEngine.federal();

    private static final Mentorship ACTIVE = pair("p1", "s1", MentoringForm.TEACHER_TEACHER, "t1", "t2", "31.08.2022");
    private static final Mentorship DONE = completed(pair("p2", "s1", MentoringForm.STUDENT_STUDENT, "st1", "st2",
            "01.09.2022"), "31.05.2023");

    private static Snapshot pairs(MonitoringReport... reports) {
        return OrganizationFixtures.school().addMentorships(ACTIVE, DONE).addMonitoringReports(reports).build();
    }

    private static List<Finding> upcoming(ComplianceReport report) {
        return report.upcoming().stream().filter(f -> f.ruleId().equals("MONITORING_MISSING")).toList();
    }

    @Test
    void should_report_a_final_monitoring_a_day_late_as_done_late_not_as_missing() {
        // given an interim report for the active pair; a final report of p2 a day late, and a report of the other pair
        Snapshot s = pairs(monitoring("m1", ACTIVE, MonitoringKind.INTERIM, "01.02.2023"),
                monitoring("m2", DONE, MonitoringKind.FINAL, "01.07.2023"),
                monitoring("m3", ACTIVE, MonitoringKind.FINAL, "15.06.2023"));
        // when
        ComplianceReport report = engine.check(s, date("01.07.2023"));
        // then the finding keeps its key; issue 15: late is late, not "never done"
        List<Finding> found = report.findings("MONITORING_MISSING");
        assertEquals(List.of("MONITORING_MISSING|organization:s1|mentorship:p2|monitoring=FINAL|dueOn=2023-06-30"),
                keys(found));
        Map<String, String> e = found.get(0).evidence();
        assertEquals("DONE_LATE", e.get("state"));
        assertEquals("2023-07-01", e.get("completedOn"));
        assertEquals("1", e.get("daysLate"));
        assertEquals("2023-05-31", e.get("pairCompletedOn"));
        assertEquals("EVENT", e.get("dutyStartBasis"));
        assertEquals(Severity.WARNING, found.get(0).severity());
        assertEquals("По паре p2 организации s1 итоговый мониторинг проведён 01.07.2023, с опозданием на 1 дн. "
                + "(срок — 30.06.2023).", found.get(0).message(Language.RU));
    }

    @Test
    void should_report_a_completed_pair_without_final_monitoring_31_days_after_completion() {
        // given no final report of p2
        Snapshot s = pairs(monitoring("m1", ACTIVE, MonitoringKind.INTERIM, "01.02.2023"),
                monitoring("m3", ACTIVE, MonitoringKind.FINAL, "15.06.2023"));
        // when
        ComplianceReport report = engine.check(s, date("01.07.2023"));
        // then
        List<Finding> found = report.findings("MONITORING_MISSING");
        assertEquals(List.of("MONITORING_MISSING|organization:s1|mentorship:p2|monitoring=FINAL|dueOn=2023-06-30"),
                keys(found));
        Map<String, String> e = found.get(0).evidence();
        assertEquals("OVERDUE", e.get("state"));
        assertEquals("1", e.get("daysOverdue"));
        assertEquals("0", e.get("finalReports"));
        assertEquals("с завершения пары (группы) 31.05.2023", e.get("startedRu"));
        assertEquals("По паре p2 организации s1 нет итогового мониторинга к 30.06.2023.", found.get(0).message(Language.RU));
    }

    @Test
    void should_not_report_a_final_report_on_day_30_nor_judge_it_on_that_day() {
        // given
        Snapshot onTime = pairs(monitoring("m1", ACTIVE, MonitoringKind.INTERIM, "01.02.2023"),
                monitoring("m2", DONE, MonitoringKind.FINAL, "30.06.2023"));
        Snapshot none = pairs(monitoring("m1", ACTIVE, MonitoringKind.INTERIM, "01.02.2023"));
        // when
        ComplianceReport late = engine.check(onTime, date("01.07.2023"));
        ComplianceReport onTheDay = engine.check(none, date("30.06.2023"));
        // then
        assertEquals(List.of(), late.findings("MONITORING_MISSING"));
        assertEquals(List.of(), onTheDay.findings("MONITORING_MISSING"));
    }

    @Test
    void should_report_an_active_pair_without_interim_monitoring_after_six_months() {
        // given p1 formed on 31.08.2022: six months run to 28.02.2023
        Snapshot s = pairs();
        // when checked on 01.03.2023 and on 28.02.2023
        ComplianceReport after = engine.check(s, date("01.03.2023"));
        ComplianceReport onTheDay = engine.check(s, date("28.02.2023"));
        // then p2, formed a day later, is not judged yet
        List<Finding> found = after.findings("MONITORING_MISSING");
        assertEquals(List.of("MONITORING_MISSING|organization:s1|mentorship:p1|monitoring=INTERIM|dueOn=2023-02-28"),
                keys(found));
        Map<String, String> e = found.get(0).evidence();
        assertEquals("OVERDUE", e.get("state"));
        assertEquals("2022-08-31", e.get("formedOn"));
        assertEquals("6", e.get("months"));
        assertEquals("0", e.get("interimReports"));
        assertEquals("с формирования пары (группы) 31.08.2022", e.get("startedRu"));
        assertEquals("Pair p1 of organization s1 has no interim monitoring though it has run longer than 6 months "
                + "(since 28 Feb 2023).", found.get(0).message(Language.EN));
        assertEquals(List.of(), onTheDay.findings("MONITORING_MISSING"));
    }

    @Test
    void should_report_an_interim_monitoring_made_after_six_months_as_done_late() {
        // given p1 formed on 31.08.2022 (due 28.02.2023) with its interim report on 10.03.2023
        Snapshot s = pairs(monitoring("m1", ACTIVE, MonitoringKind.INTERIM, "10.03.2023"));
        // when
        List<Finding> found = engine.check(s, date("15.03.2023")).findings("MONITORING_MISSING");
        // then p1's is late; p2 (formed a day later, no report) is overdue
        assertEquals(List.of("MONITORING_MISSING|organization:s1|mentorship:p1|monitoring=INTERIM|dueOn=2023-02-28",
                "MONITORING_MISSING|organization:s1|mentorship:p2|monitoring=INTERIM|dueOn=2023-03-01"), keys(found));
        assertEquals("OVERDUE", found.get(1).evidence().get("state"));
        assertEquals("DONE_LATE", found.get(0).evidence().get("state"));
        assertEquals("10", found.get(0).evidence().get("daysLate"));
        assertEquals("Pair p1 of organization s1 had its interim monitoring on 10 Mar 2023, 10 days late (due 28 Feb 2023).",
                found.get(0).message(Language.EN));
    }

    @Test
    void should_follow_the_regional_interim_and_final_times() {
        // given 3 months to the interim and 10 days to the final monitoring
        ComplianceEngine regional = ComplianceEngine.builder().parameters(RuleParameters.builder()
                .set(RuleParameters.INTERIM_MONITORING_MONTHS, 3).set(RuleParameters.FINAL_MONITORING_DAYS, 10).build()).build();
        Snapshot s = pairs(monitoring("m1", DONE, MonitoringKind.INTERIM, "01.12.2022"));
        // when
        ComplianceReport report = regional.check(s, date("11.06.2023"));
        // then p1's interim was due on 30.11.2022; p2's final on 10.06.2023
        assertEquals(List.of("MONITORING_MISSING|organization:s1|mentorship:p1|monitoring=INTERIM|dueOn=2022-11-30",
                        "MONITORING_MISSING|organization:s1|mentorship:p2|monitoring=FINAL|dueOn=2023-06-10"),
                keys(report.findings("MONITORING_MISSING")));
    }

    @Test
    void should_list_interim_and_final_monitoring_due_within_the_horizon() {
        // given p1 reaches six months on 28.02.2023, p2 on 01.03.2023; p2 completed on 31.05.2023
        Snapshot s = pairs();
        // when
        ComplianceReport february = engine.check(s, date("20.02.2023"), CheckOptions.defaults().withHorizonDays(9));
        ComplianceReport june = engine.check(pairs(monitoring("m1", ACTIVE, MonitoringKind.INTERIM, "01.02.2023")),
                date("25.06.2023"), CheckOptions.defaults().withHorizonDays(5));
        // then
        assertEquals(List.of("MONITORING_MISSING|organization:s1|mentorship:p1|monitoring=INTERIM|dueOn=2023-02-28",
                "MONITORING_MISSING|organization:s1|mentorship:p2|monitoring=INTERIM|dueOn=2023-03-01"),
                keys(upcoming(february)));
        assertEquals(List.of("MONITORING_MISSING|organization:s1|mentorship:p2|monitoring=FINAL|dueOn=2023-06-30"),
                keys(upcoming(june)));
        assertEquals("По паре p2 организации s1 до 30.06.2023 нужно провести итоговый мониторинг.",
                upcoming(june).get(0).message(Language.RU));
    }
}
