package org.nastavnik.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nastavnik.rules.OrganizationFixtures.adopts;
import static org.nastavnik.rules.OrganizationFixtures.date;
import static org.nastavnik.rules.OrganizationFixtures.keys;
import static org.nastavnik.rules.OrganizationFixtures.org;
import static org.nastavnik.rules.OrganizationFixtures.update;

import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nastavnik.common.Language;
import org.nastavnik.model.ListKind;
import org.nastavnik.model.ListUpdate;
import org.nastavnik.model.MentoringForm;
import org.nastavnik.model.OrganizationKind;
import org.nastavnik.model.Snapshot;
import org.nastavnik.rules.spi.RuleParameters;

/**
 * CURATOR_LIST_NOT_REFRESHED: by listRefreshBy (1 October) every year, the lists of curators and of
 * mentors and mentees were updated within the twelve months up to that date.
 */
class CuratorListNotRefreshedTest {

    private final ComplianceEngine engine = ComplianceEngine.federal();

    /** School s1 determined its form on 01.09.2021; school s2 only on 02.10.2022, after the refresh date. */
    private static Snapshot lists(ListUpdate... updates) {
        return OrganizationFixtures.school()
                .addOrganizations(org("s2", OrganizationKind.SCHOOL))
                .addFormAdoptions(adopts("s1", MentoringForm.TEACHER_TEACHER, "01.09.2021"),
                        adopts("s2", MentoringForm.TEACHER_TEACHER, "02.10.2022"))
                .addListUpdates(updates)
                .build();
    }

    @Test
    void should_report_a_list_last_updated_a_year_and_a_day_before_the_refresh_date() {
        // given the curators updated for 2021 and on the 2022 refresh date, the mentors on the 2021 refresh date
        // (a day before the 2022 window opened)
        Snapshot s = lists(update("s1", ListKind.CURATORS, "15.09.2021"), update("s1", ListKind.CURATORS, "01.10.2022"),
                update("s1", ListKind.MENTORS_AND_MENTEES, "01.10.2021"));
        // when checked the day after the refresh date
        ComplianceReport report = engine.check(s, date("02.10.2022"));
        // then
        List<Finding> found = report.findings("CURATOR_LIST_NOT_REFRESHED");
        assertEquals(List.of("CURATOR_LIST_NOT_REFRESHED|organization:s1|list=MENTORS_AND_MENTEES|dueOn=2022-10-01"),
                keys(found));
        Map<String, String> e = found.get(0).evidence();
        assertEquals(Map.of("list", "MENTORS_AND_MENTEES", "dueOn", "2022-10-01", "windowStart", "2021-10-02",
                "state", "OVERDUE", "daysOverdue", "1"), Map.of("list", e.get("list"), "dueOn", e.get("dueOn"),
                "windowStart", e.get("windowStart"), "state", e.get("state"), "daysOverdue", e.get("daysOverdue")));
        assertEquals(Severity.NOTICE, found.get(0).severity());
        assertEquals("Организация s1 не обновила список MENTORS_AND_MENTEES до 01.10.2022.", found.get(0).message(Language.RU));
    }

    @Test
    void should_not_report_lists_updated_on_the_first_and_last_day_of_the_window() {
        // given both lists refreshed for 2021 on 15.09.2021, then on the last and the first day of the 2022 window
        Snapshot s = lists(update("s1", ListKind.CURATORS, "15.09.2021"), update("s1", ListKind.CURATORS, "01.10.2022"),
                update("s1", ListKind.MENTORS_AND_MENTEES, "15.09.2021"),
                update("s1", ListKind.MENTORS_AND_MENTEES, "02.10.2021"));
        // when
        ComplianceReport report = engine.check(s, date("02.10.2022"));
        // then
        assertEquals(List.of(), report.findings("CURATOR_LIST_NOT_REFRESHED"));
    }

    @Test
    void should_judge_the_previous_year_on_the_refresh_date_itself() {
        // given the lists updated on 15.09.2021, after the form was determined
        Snapshot s = lists(update("s1", ListKind.CURATORS, "15.09.2021"),
                update("s1", ListKind.MENTORS_AND_MENTEES, "15.09.2021"));
        // when checked on the refresh date and the day after
        ComplianceReport onTheDay = engine.check(s, date("01.10.2022"));
        ComplianceReport dayAfter = engine.check(s, date("02.10.2022"));
        // then on the day only 01.10.2021 is judged, which the updates met
        assertEquals(List.of(), onTheDay.findings("CURATOR_LIST_NOT_REFRESHED"));
        assertEquals(2, dayAfter.findings("CURATOR_LIST_NOT_REFRESHED").size());
    }

    @Test
    void should_report_a_refresh_a_day_after_the_due_date_as_that_years_done_late_not_the_next_years() {
        // given the 2021 refresh of both lists on 02.10.2021, a day late (issue 15: it was credited to 2022 before)
        Snapshot s = lists(update("s1", ListKind.CURATORS, "02.10.2021"),
                update("s1", ListKind.MENTORS_AND_MENTEES, "02.10.2021"));
        // when checked after the 2022 refresh date
        ComplianceReport report = engine.check(s, date("02.10.2022"));
        // then each list: 2021 done a day late, 2022 not done
        List<Finding> found = report.findings("CURATOR_LIST_NOT_REFRESHED");
        assertEquals(List.of("CURATOR_LIST_NOT_REFRESHED|organization:s1|list=CURATORS|dueOn=2021-10-01",
                "CURATOR_LIST_NOT_REFRESHED|organization:s1|list=CURATORS|dueOn=2022-10-01",
                "CURATOR_LIST_NOT_REFRESHED|organization:s1|list=MENTORS_AND_MENTEES|dueOn=2021-10-01",
                "CURATOR_LIST_NOT_REFRESHED|organization:s1|list=MENTORS_AND_MENTEES|dueOn=2022-10-01"), keys(found));
        assertEquals("DONE_LATE", found.get(0).evidence().get("state"));
        assertEquals("1", found.get(0).evidence().get("daysLate"));
        assertEquals("Организация s1 обновила список CURATORS 02.10.2021, с опозданием на 1 дн. (срок — до 01.10.2021).",
                found.get(0).message(Language.RU));
        assertEquals("OVERDUE", found.get(1).evidence().get("state"));
    }

    @Test
    void should_follow_the_regional_refresh_date() {
        // given a region that refreshes by 1 September
        ComplianceEngine september = ComplianceEngine.builder()
                .parameters(RuleParameters.builder().set(RuleParameters.LIST_REFRESH_BY, MonthDay.of(9, 1)).build()).build();
        Snapshot s = lists(update("s1", ListKind.CURATORS, "01.09.2021"),
                update("s1", ListKind.MENTORS_AND_MENTEES, "01.09.2022"));
        // when
        ComplianceReport report = september.check(s, date("02.09.2022"));
        // then
        assertEquals(List.of("CURATOR_LIST_NOT_REFRESHED|organization:s1|list=CURATORS|dueOn=2022-09-01"),
                keys(report.findings("CURATOR_LIST_NOT_REFRESHED")));
        assertEquals("2021-09-02", report.findings("CURATOR_LIST_NOT_REFRESHED").get(0).evidence().get("windowStart"));
    }

    @Test
    void should_list_the_coming_refresh_date_within_the_horizon() {
        // given the curators updated in the current cycle, the mentors not since 01.10.2021
        Snapshot s = lists(update("s1", ListKind.CURATORS, "05.09.2022"),
                update("s1", ListKind.MENTORS_AND_MENTEES, "01.10.2021"));
        // when checked ten days before, with horizons of 14 and 9 days
        ComplianceReport within = engine.check(s, date("21.09.2022"), CheckOptions.defaults().withHorizonDays(14));
        ComplianceReport beyond = engine.check(s, date("21.09.2022"), CheckOptions.defaults().withHorizonDays(9));
        // then s2 determined no form by the check date and is not listed
        List<Finding> up = within.upcoming().stream().filter(f -> f.ruleId().equals("CURATOR_LIST_NOT_REFRESHED")).toList();
        assertEquals(List.of("CURATOR_LIST_NOT_REFRESHED|organization:s1|list=MENTORS_AND_MENTEES|dueOn=2022-10-01"),
                keys(up));
        assertEquals(FindingKind.UPCOMING, up.get(0).kind());
        assertEquals("Организации s1 до 01.10.2022 нужно обновить список MENTORS_AND_MENTEES.", up.get(0).message(Language.RU));
        assertEquals(List.of(), beyond.upcoming().stream().filter(f -> f.ruleId().equals("CURATOR_LIST_NOT_REFRESHED")).toList());
    }
}
