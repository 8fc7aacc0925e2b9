package org.nastavnik.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nastavnik.rules.OrganizationFixtures.adopts;
import static org.nastavnik.rules.OrganizationFixtures.date;
import static org.nastavnik.rules.OrganizationFixtures.keys;
import static org.nastavnik.rules.OrganizationFixtures.org;
import static org.nastavnik.rules.OrganizationFixtures.periodic;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nastavnik.common.Language;
import org.nastavnik.common.DateRange;
import org.nastavnik.model.DocumentRef;
import org.nastavnik.model.MentoringForm;
import org.nastavnik.model.MonitoringReport;
import org.nastavnik.model.OrganizationKind;
import org.nastavnik.model.Roadmap;
import org.nastavnik.model.RoadmapLevel;
import org.nastavnik.model.Snapshot;
import org.nastavnik.model.Territory;
import org.nastavnik.rules.spi.RuleParameters;

/**
 * PERIODIC_REPORT_MISSING: the municipal mentoring centre submits a periodic report for every
 * month by monitoringDayOfMonth (25), from the latest of its roadmap's period start, the roadmap's
 * approval and the earliest form determination (months that began before that are not owed).
 */
class PeriodicReportMissingTest {

    private final ComplianceEngine engine = ComplianceEngine.federal();

    /** Centre c1; the earliest determination of a form in the territory on 10.09.2022 (school s1). */
    private static Snapshot centre(MonitoringReport... reports) {
        return OrganizationFixtures.school()
                .addOrganizations(org("c1", OrganizationKind.MENTORING_CENTRE))
                .addFormAdoptions(adopts("s1", MentoringForm.TEACHER_TEACHER, "20.09.2022"),
                        adopts("s1", MentoringForm.STUDENT_STUDENT, "10.09.2022"))
                .addMonitoringReports(reports)
                .build();
    }

    @Test
    void should_report_the_month_whose_report_came_a_day_late_as_done_late_and_the_next_as_missing() {
        // given October's report on its due day; November's a day late (issue 15: it is November's, late,
        // not December's on time)
        Snapshot s = centre(periodic("r1", "c1", "25.10.2022"), periodic("r2", "c1", "26.11.2022"),
                periodic("r3", "s1", "20.11.2022"));
        // when checked the day after December's due date
        ComplianceReport report = engine.check(s, date("26.12.2022"));
        // then a school's report does not stand in for the centre's
        List<Finding> found = report.findings("PERIODIC_REPORT_MISSING");
        assertEquals(List.of("PERIODIC_REPORT_MISSING|organization:c1|dueOn=2022-11-25",
                "PERIODIC_REPORT_MISSING|organization:c1|dueOn=2022-12-25"), keys(found));
        Map<String, String> late = found.get(0).evidence();
        assertEquals("DONE_LATE", late.get("state"));
        assertEquals("2022-11-26", late.get("completedOn"));
        assertEquals("1", late.get("daysLate"));
        assertEquals("2022-09-10", late.get("monitoringSince"));
        assertEquals("OVERDUE", found.get(1).evidence().get("state"));
        assertEquals("1", found.get(1).evidence().get("daysOverdue"));
        assertEquals(Severity.WARNING, found.get(0).severity());
        assertEquals("Наставнический центр c1 представил ежемесячный мониторинг 26.11.2022, с опозданием на 1 дн. "
                + "(срок — до 25.11.2022).", found.get(0).message(Language.RU));
        assertEquals("Наставнический центр c1 не представил ежемесячный мониторинг до 25.12.2022.",
                found.get(1).message(Language.RU));
    }

    @Test
    void should_not_judge_a_month_on_its_due_day() {
        // given October's and November's reports
        Snapshot s = centre(periodic("r1", "c1", "01.10.2022"), periodic("r2", "c1", "25.11.2022"));
        // when checked on December's due day
        ComplianceReport report = engine.check(s, date("25.12.2022"));
        // then
        assertEquals(List.of(), report.findings("PERIODIC_REPORT_MISSING"));
    }

    @Test
    void should_report_every_missed_month_from_the_month_after_the_first_determination() {
        // given no report at all
        Snapshot s = centre();
        // when
        ComplianceReport report = engine.check(s, date("26.11.2022"));
        // then September, the month of the determination (10.09.2022), was not a full month of the duty: not due
        List<Finding> found = report.findings("PERIODIC_REPORT_MISSING");
        assertEquals(List.of("PERIODIC_REPORT_MISSING|organization:c1|dueOn=2022-10-25",
                "PERIODIC_REPORT_MISSING|organization:c1|dueOn=2022-11-25"), keys(found));
        // and every finding says so
        assertEquals("2022-09-25", found.get(0).evidence().get("notOwedDueOn"));
        assertEquals("исполнение до 25.09.2022 не требуется: обязанность действует с первого определения формы "
                + "наставничества 10.09.2022, а его период (сентябрь 2022 года) начался раньше и был для неё неполным",
                found.get(0).evidence().get("notOwedRu"));
    }

    /** A regional roadmap of region 42, approved on {@code approved}, for the period given. */
    private static Roadmap roadmap(String approved, String from, String to) {
        return Roadmap.builder().id("rm").title("План мероприятий").level(RoadmapLevel.REGIONAL)
                .territory(Territory.region("42")).approval(DocumentRef.order("7", date(approved)))
                .period(DateRange.of(date(from), date(to))).build();
    }

    @Test
    void should_start_with_the_roadmap_when_no_form_was_determined_and_say_so() {
        // given a centre, a roadmap for 2022 approved on 20.01.2022, and no form determined anywhere (issue 15:
        // the duty no longer silently never runs)
        Snapshot s = OrganizationFixtures.school().addOrganizations(org("c1", OrganizationKind.MENTORING_CENTRE))
                .addRoadmaps(roadmap("20.01.2022", "01.01.2022", "31.12.2022"))
                .addMonitoringReports(periodic("r1", "c1", "25.02.2022")).build();
        // when
        List<Finding> found = engine.check(s, date("26.03.2022")).findings("PERIODIC_REPORT_MISSING");
        // then January began before the approval and is not owed; February was done; March is overdue
        assertEquals(List.of("PERIODIC_REPORT_MISSING|organization:c1|dueOn=2022-03-25"), keys(found));
        Map<String, String> e = found.get(0).evidence();
        assertEquals("APPROVAL", e.get("dutyStartBasis"));
        assertEquals("2022-01-20", e.get("dutyStart"));
        assertEquals("с утверждения дорожной карты 20.01.2022", e.get("startedRu"));
        assertEquals("2022-01-25", e.get("notOwedDueOn"));
    }

    @Test
    void should_start_with_the_latest_of_the_period_the_approval_and_the_first_determination() {
        // given the roadmap's period from 01.03.2022 (approved earlier), and a form first determined on 10.09.2022
        Snapshot byPeriod = OrganizationFixtures.school().addOrganizations(org("c1", OrganizationKind.MENTORING_CENTRE))
                .addRoadmaps(roadmap("20.01.2022", "01.03.2022", "31.12.2022")).build();
        Snapshot byEvent = OrganizationFixtures.school().addOrganizations(org("c1", OrganizationKind.MENTORING_CENTRE))
                .addRoadmaps(roadmap("20.01.2022", "01.03.2022", "31.12.2022"))
                .addFormAdoptions(adopts("s1", MentoringForm.TEACHER_TEACHER, "10.09.2022")).build();
        // when
        List<Finding> period = engine.check(byPeriod, date("26.03.2022")).findings("PERIODIC_REPORT_MISSING");
        List<Finding> event = engine.check(byEvent, date("26.10.2022")).findings("PERIODIC_REPORT_MISSING");
        // then
        assertEquals(List.of("PERIODIC_REPORT_MISSING|organization:c1|dueOn=2022-03-25"), keys(period));
        assertEquals("PERIOD_START", period.get(0).evidence().get("dutyStartBasis"));
        assertEquals("с начала периода дорожной карты 01.03.2022", period.get(0).evidence().get("startedRu"));
        assertEquals(List.of("PERIODIC_REPORT_MISSING|organization:c1|dueOn=2022-10-25"), keys(event));
        assertEquals("EVENT", event.get(0).evidence().get("dutyStartBasis"));
        assertEquals("с первого определения формы наставничества 10.09.2022", event.get(0).evidence().get("startedRu"));
    }

    @Test
    void should_follow_the_regional_monitoring_day() {
        // given reports due by the 10th, and one submitted on 11.10.2022
        ComplianceEngine tenth = ComplianceEngine.builder()
                .parameters(RuleParameters.builder().set(RuleParameters.MONITORING_DAY_OF_MONTH, 10).build()).build();
        Snapshot s = centre(periodic("r1", "c1", "11.10.2022"));
        // when
        ComplianceReport report = tenth.check(s, date("11.10.2022"));
        // then
        Finding f = report.findings("PERIODIC_REPORT_MISSING").get(0);
        assertEquals("PERIODIC_REPORT_MISSING|organization:c1|dueOn=2022-10-10", f.key());
        assertEquals("2022-09-11", f.evidence().get("windowStart"));
    }

    @Test
    void should_not_expect_reports_where_there_is_no_centre() {
        // given
        Snapshot s = OrganizationFixtures.school()
                .addFormAdoptions(adopts("s1", MentoringForm.TEACHER_TEACHER, "10.09.2022")).build();
        // when
        ComplianceReport report = engine.check(s, date("26.12.2022"));
        // then
        assertEquals(List.of(), report.findings("PERIODIC_REPORT_MISSING"));
    }

    @Test
    void should_list_the_next_due_date_within_the_horizon_until_a_report_comes() {
        // given October's report; none yet for November
        Snapshot s = centre(periodic("r1", "c1", "25.10.2022"));
        Snapshot reported = centre(periodic("r1", "c1", "25.10.2022"), periodic("r2", "c1", "14.11.2022"));
        // when checked on 15.11.2022 with a 10-day horizon
        CheckOptions tenDays = CheckOptions.defaults().withHorizonDays(10);
        List<Finding> up = engine.check(s, date("15.11.2022"), tenDays).upcoming().stream()
                .filter(f -> f.ruleId().equals("PERIODIC_REPORT_MISSING")).toList();
        List<Finding> none = engine.check(reported, date("15.11.2022"), tenDays).upcoming().stream()
                .filter(f -> f.ruleId().equals("PERIODIC_REPORT_MISSING")).toList();
        // then
        assertEquals(List.of("PERIODIC_REPORT_MISSING|organization:c1|dueOn=2022-11-25"), keys(up));
        assertEquals("Mentoring centre c1 must submit its monthly monitoring by 25 Nov 2022.", up.get(0).message(Language.EN));
        assertEquals(List.of(), none);
    }
}
