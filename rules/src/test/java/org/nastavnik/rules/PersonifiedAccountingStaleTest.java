package org.nastavnik.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nastavnik.rules.OrganizationFixtures.adopts;
import static org.nastavnik.rules.OrganizationFixtures.completed;
import static org.nastavnik.rules.OrganizationFixtures.date;
import static org.nastavnik.rules.OrganizationFixtures.keys;
import static org.nastavnik.rules.OrganizationFixtures.pair;
import static org.nastavnik.rules.OrganizationFixtures.update;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nastavnik.common.Language;
import org.nastavnik.model.ListKind;
import org.nastavnik.model.ListUpdate;
import org.nastavnik.model.MentoringForm;
import org.nastavnik.model.Mentorship;
import org.nastavnik.model.Snapshot;
import org.nastavnik.rules.spi.RuleParameters;

/**
 * PERSONIFIED_ACCOUNTING_STALE: personified accounting updated in every period of
 * personifiedAccountingMonths (quarters) that has ended, from the first whole period after the
 * first determination of a form, in which a pair was active.
 */
class PersonifiedAccountingStaleTest {

    private final ComplianceEngine engine = ComplianceEngine.federal();

    private static final Mentorship PAIR = pair("p1", "s1", MentoringForm.TEACHER_TEACHER, "t1", "t2", "01.02.2022");

    /** Form determined on 15.01.2022 (so the first whole quarter is the second), a pair from 01.02.2022. */
    private static Snapshot accounting(Mentorship pair, ListUpdate... updates) {
        return OrganizationFixtures.school()
                .addFormAdoptions(adopts("s1", MentoringForm.TEACHER_TEACHER, "20.01.2022"),
                        adopts("s1", MentoringForm.STUDENT_STUDENT, "15.01.2022"))
                .addMentorships(pair)
                .addListUpdates(updates)
                .addListUpdates(update("s1", ListKind.CURATORS, "15.08.2022"))
                .build();
    }

    @Test
    void should_report_the_quarter_without_an_update() {
        // given an update on the last day of the second quarter and none in the third
        Snapshot s = accounting(PAIR, update("s1", ListKind.PERSONIFIED_ACCOUNTING, "30.06.2022"));
        // when checked on the first day of the fourth quarter
        ComplianceReport report = engine.check(s, date("01.10.2022"));
        // then
        List<Finding> found = report.findings("PERSONIFIED_ACCOUNTING_STALE");
        assertEquals(List.of("PERSONIFIED_ACCOUNTING_STALE|organization:s1|dueOn=2022-09-30"), keys(found));
        Map<String, String> e = found.get(0).evidence();
        assertEquals(Map.of("periodStart", "2022-07-01", "dueOn", "2022-09-30", "periodMonths", "3",
                "firstAdoptedOn", "2022-01-15", "activeMentorships", "1", "state", "OVERDUE", "daysOverdue", "1",
                "periodRu", "III квартал 2022 года", "notOwedDueOn", "2022-03-31"),
                Map.of("periodStart", e.get("periodStart"), "dueOn", e.get("dueOn"), "periodMonths", e.get("periodMonths"),
                        "firstAdoptedOn", e.get("firstAdoptedOn"), "activeMentorships", e.get("activeMentorships"),
                        "state", e.get("state"), "daysOverdue", e.get("daysOverdue"), "periodRu", e.get("periodRu"),
                        "notOwedDueOn", e.get("notOwedDueOn")));
        assertEquals(Severity.WARNING, found.get(0).severity());
        assertEquals("Организация s1 не обновила персонифицированный учёт за период с 01.07.2022 по 30.09.2022.",
                found.get(0).message(Language.RU));
    }

    @Test
    void should_not_judge_a_quarter_on_its_last_day() {
        // given
        Snapshot s = accounting(PAIR, update("s1", ListKind.PERSONIFIED_ACCOUNTING, "01.04.2022"));
        // when
        ComplianceReport report = engine.check(s, date("30.09.2022"));
        // then the second quarter had its update, the third has not ended
        assertEquals(List.of(), report.findings("PERSONIFIED_ACCOUNTING_STALE"));
    }

    @Test
    void should_not_require_an_update_in_a_quarter_with_no_active_pair() {
        // given the pair completed in the second quarter
        Snapshot s = accounting(completed(PAIR, "15.05.2022"), update("s1", ListKind.PERSONIFIED_ACCOUNTING, "30.06.2022"));
        // when
        ComplianceReport report = engine.check(s, date("01.01.2023"));
        // then
        assertEquals(List.of(), report.findings("PERSONIFIED_ACCOUNTING_STALE"));
    }

    @Test
    void should_report_every_missed_month_when_the_region_counts_monthly() {
        // given monthly accounting, and an update in June only
        ComplianceEngine monthly = ComplianceEngine.builder()
                .parameters(RuleParameters.builder().set(RuleParameters.PERSONIFIED_ACCOUNTING_MONTHS, 1).build()).build();
        Snapshot s = accounting(PAIR, update("s1", ListKind.PERSONIFIED_ACCOUNTING, "10.06.2022"));
        // when
        ComplianceReport report = monthly.check(s, date("01.07.2022"));
        // then February to May, from the first whole month after 15.01.2022
        assertEquals(List.of("PERSONIFIED_ACCOUNTING_STALE|organization:s1|dueOn=2022-02-28",
                        "PERSONIFIED_ACCOUNTING_STALE|organization:s1|dueOn=2022-03-31",
                        "PERSONIFIED_ACCOUNTING_STALE|organization:s1|dueOn=2022-04-30",
                        "PERSONIFIED_ACCOUNTING_STALE|organization:s1|dueOn=2022-05-31"),
                keys(report.findings("PERSONIFIED_ACCOUNTING_STALE")));
    }

    @Test
    void should_list_the_current_quarter_as_upcoming_within_the_horizon() {
        // given no update in the third quarter yet
        Snapshot s = accounting(PAIR, update("s1", ListKind.PERSONIFIED_ACCOUNTING, "30.06.2022"));
        // when checked on 20.09.2022 with horizons of 10 and 9 days
        ComplianceReport within = engine.check(s, date("20.09.2022"), CheckOptions.defaults().withHorizonDays(10));
        ComplianceReport beyond = engine.check(s, date("20.09.2022"), CheckOptions.defaults().withHorizonDays(9));
        // then
        List<Finding> up = within.upcoming().stream().filter(f -> f.ruleId().equals("PERSONIFIED_ACCOUNTING_STALE")).toList();
        assertEquals(List.of("PERSONIFIED_ACCOUNTING_STALE|organization:s1|dueOn=2022-09-30"), keys(up));
        assertEquals("Organization s1 must update its personified accounting for the period from 2022-07-01 by 2022-09-30.",
                up.get(0).message(Language.EN));
        assertEquals(List.of(), beyond.upcoming().stream().filter(f -> f.ruleId().equals("PERSONIFIED_ACCOUNTING_STALE")).toList());
        assertEquals(List.of(), within.findings("PERSONIFIED_ACCOUNTING_STALE"));
    }
}
