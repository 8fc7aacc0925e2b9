package org.nastavnik.duty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nastavnik.deadline.BySchedule;
import org.nastavnik.deadline.DeadlineParser;
import org.nastavnik.deadline.EventDates;
import org.nastavnik.deadline.InYear;
import org.nastavnik.deadline.Recurring;
import org.nastavnik.common.Language;

class DutyTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static List<JudgedOccurrence.State> states(DutyStatus s) {
        return s.occurrences().stream().map(JudgedOccurrence::state).toList();
    }

    // a form first determined on 10 September: the refresh of 1 October that year is not owed
    private final Duty yearlyList = Duty.of(Recurring.yearlyBy(MonthDay.of(10, 1)),
            DutyStart.event(d("2021-09-10"), "первого определения формы", "the first determination of a form"));

    @Test
    void a_yearly_refresh_done_two_weeks_late_is_late_for_its_year_not_done_for_the_next() {
        // when: due 01.10.2023, done 15.10.2023, judged 20.10.2023
        DutyStatus s = yearlyList.judge(d("2023-10-20"), d("2023-10-20"), List.of(d("2023-10-15")), EventDates.none());
        // then: 01.10.2022 overdue (never done), 01.10.2023 done late by 14 days
        assertEquals(List.of(d("2022-10-01"), d("2023-10-01")), s.occurrences().stream().map(JudgedOccurrence::dueOn).toList());
        assertEquals(List.of(JudgedOccurrence.State.OVERDUE, JudgedOccurrence.State.DONE_LATE), states(s));
    }

    @Test
    void a_year_later_the_late_refresh_still_counts_for_its_year_and_the_next_year_is_owed() {
        // given: the 2022 refresh done on time this time
        DutyStatus s = yearlyList.judge(d("2024-10-20"), d("2024-10-20"),
                List.of(d("2022-09-20"), d("2023-10-15")), EventDates.none());
        // then
        assertEquals(List.of(JudgedOccurrence.State.DONE, JudgedOccurrence.State.DONE_LATE,
                JudgedOccurrence.State.OVERDUE), states(s));
        assertEquals(14, s.occurrences().get(1).days());
        assertEquals(Optional.of(d("2023-10-15")), s.occurrences().get(1).completedOn());
        assertEquals(19, s.occurrences().get(2).days());
    }

    @Test
    void a_refresh_made_on_next_years_due_day_is_that_years_on_time_not_last_years_a_year_late() {
        DutyStatus s = yearlyList.judge(d("2023-10-02"), d("2023-10-02"), List.of(d("2023-10-01")), EventDates.none());
        assertEquals(List.of(d("2022-10-01"), d("2023-10-01")), s.occurrences().stream().map(JudgedOccurrence::dueOn).toList());
        assertEquals(List.of(JudgedOccurrence.State.OVERDUE, JudgedOccurrence.State.DONE), states(s));
    }

    @Test
    void a_monthly_report_on_the_27th_for_the_25th_is_two_days_late_and_the_next_month_is_still_owed() {
        Duty monthly = Duty.of(Recurring.monthlyOn(25), DutyStart.periodStart(d("2021-12-26")));
        // when
        DutyStatus s = monthly.judge(d("2022-03-01"), d("2022-03-01"), List.of(d("2022-01-20"), d("2022-02-27")),
                EventDates.none());
        // then
        assertEquals(List.of(JudgedOccurrence.State.DONE, JudgedOccurrence.State.DONE_LATE), states(s));
        assertEquals(2, s.occurrences().get(1).days());
        // and: judged after the 25th of March with no more reports, March is overdue
        DutyStatus later = monthly.judge(d("2022-03-26"), d("2022-03-26"), List.of(d("2022-01-20"), d("2022-02-27")),
                EventDates.none());
        assertEquals(JudgedOccurrence.State.OVERDUE, later.occurrences().get(2).state());
    }

    @Test
    void two_reports_in_one_window_do_not_cover_the_next_month() {
        Duty monthly = Duty.of(Recurring.monthlyOn(25), DutyStart.periodStart(d("2021-12-26")));
        DutyStatus s = monthly.judge(d("2022-02-26"), d("2022-02-26"), List.of(d("2022-01-10"), d("2022-01-11")),
                EventDates.none());
        assertEquals(List.of(JudgedOccurrence.State.DONE, JudgedOccurrence.State.OVERDUE), states(s));
        assertEquals(List.of(d("2022-01-11")), s.uncredited());
    }

    @Test
    void during_a_year_is_a_span_done_any_time_in_it_and_overdue_only_after_it_ends() {
        Duty during = Duty.of(InYear.of(2022), DutyStart.approval(d("2022-03-03")));
        // when: nothing done by December
        DutyStatus december = during.judge(d("2022-12-15"), d("2022-12-31"), List.of(), EventDates.none());
        DutyStatus january = during.judge(d("2023-01-01"), d("2023-01-01"), List.of(), EventDates.none());
        DutyStatus done = during.judge(d("2023-01-01"), d("2023-01-01"), List.of(d("2022-06-10")), EventDates.none());
        // then
        assertEquals(List.of(JudgedOccurrence.State.UPCOMING), states(december));
        assertEquals(List.of(JudgedOccurrence.State.OVERDUE), states(january));
        assertEquals(List.of(JudgedOccurrence.State.DONE), states(done));
        Occurrence o = january.occurrences().get(0).occurrence();
        assertTrue(o.isSpan());
        assertEquals("в течение 2022 года", o.describe(Language.RU));
        assertEquals("during 2022", o.describe(Language.EN));
    }

    @Test
    void nothing_due_before_the_duty_starts_is_owed_nor_an_occurrence_of_a_partial_first_period() {
        // given: a duty starting on the first day of May
        Duty fromMay = Duty.of(Recurring.monthlyOn(25), DutyStart.periodStart(d("2021-05-01")));
        DutyStatus s = fromMay.judge(d("2021-08-01"), d("2021-08-01"), List.of(), EventDates.none());
        // then: May was a full month of the duty, its report is owed; April's is not
        assertEquals(List.of(d("2021-05-25"), d("2021-06-25"), d("2021-07-25")),
                s.occurrences().stream().map(JudgedOccurrence::dueOn).toList());
        assertEquals(Optional.empty(), s.notOwed());
        // given: a duty starting on 10 September
        Duty fromTenth = Duty.of(Recurring.monthlyOn(25), DutyStart.periodStart(d("2021-09-10")));
        DutyStatus t = fromTenth.judge(d("2021-11-01"), d("2021-11-01"), List.of(), EventDates.none());
        // then: September was not a full month of the duty: the report due 25 September is not owed, and says why
        assertEquals(List.of(d("2021-10-25")), t.occurrences().stream().map(JudgedOccurrence::dueOn).toList());
        Occurrence skipped = t.notOwed().orElseThrow();
        assertEquals(d("2021-09-25"), skipped.dueOn());
        assertEquals("сентябрь 2021 года", skipped.describePeriod(Language.RU));
        assertEquals("September 2021", skipped.describePeriod(Language.EN));
    }

    @Test
    void a_quarterly_report_due_after_its_quarter_is_owed_for_the_quarters_the_duty_covered_whole() {
        Duty quarterly = Duty.of(Recurring.quarterlyAfterBy(5), DutyStart.approval(d("2022-01-10")));
        DutyStatus s = quarterly.judge(d("2022-10-06"), d("2022-10-06"), List.of(), EventDates.none());
        // IV 2021 falls due (05.01.2022) before the start; I 2022 began before 10 January: neither is owed
        assertEquals(List.of(d("2022-07-05"), d("2022-10-05")),
                s.occurrences().stream().map(JudgedOccurrence::dueOn).toList());
        assertEquals("II квартал 2022 года", s.occurrences().get(0).occurrence().describePeriod(Language.RU));
        assertEquals(d("2022-04-05"), s.notOwed().orElseThrow().dueOn());
        assertEquals("I квартал 2022 года", s.notOwed().get().describePeriod(Language.RU));
    }

    @Test
    void a_year_is_not_cut_a_roadmap_approved_in_march_owes_the_refresh_of_october() {
        Duty sochi = Duty.of(Recurring.yearlyBy(MonthDay.of(10, 1)), DutyStart.approval(d("2023-03-06")))
                .until(d("2024-12-31"));
        DutyStatus s = sochi.judge(d("2025-01-10"), d("2025-01-10"), List.of(), EventDates.none());
        assertEquals(List.of(d("2023-10-01"), d("2024-10-01")),
                s.occurrences().stream().map(JudgedOccurrence::dueOn).toList());
        assertEquals("с 02.09.2023 по 01.10.2023", s.occurrences().get(0).occurrence().describePeriod(Language.RU));
    }

    @Test
    void someone_elses_schedule_is_never_judged_whatever_its_recurrence_word() {
        for (String phrase : List.of("Ежегодно, по графику ОО", "Ежегодно, в соответствии с планом МКУ СЦРО",
                "По графику ГБОУ ИРО", "по мере необходимости", "постоянно")) {
            Duty duty = Duty.of(DeadlineParser.parse(phrase), DutyStart.periodStart(d("2023-01-01")));
            DutyStatus s = duty.judge(d("2025-01-01"), d("2025-01-01"), List.of(), EventDates.none());
            assertFalse(s.isJudged(), phrase);
            assertTrue(s.occurrences().isEmpty(), phrase);
        }
        assertEquals(Optional.of(NotJudged.OTHERS_SCHEDULE),
                Duty.notJudged(Recurring.yearly().withSchedule(BySchedule.of(BySchedule.Kind.SCHEDULE, "ОО"))));
    }

    @Test
    void the_start_is_the_latest_of_period_approval_and_event_and_says_which() {
        Optional<DutyStart> s = DutyStart.latest(Optional.of(d("2021-01-01")), Optional.of(d("2021-03-03")),
                Optional.of(DutyStart.event(d("2021-09-01"), "первого определения формы наставничества",
                        "the first determination of a mentoring form")));
        assertEquals(DutyStart.Basis.EVENT, s.orElseThrow().basis());
        assertEquals("с первого определения формы наставничества 01.09.2021", s.get().describe(Language.RU));
        assertEquals(DutyStart.Basis.APPROVAL,
                DutyStart.latest(Optional.of(d("2021-01-01")), Optional.of(d("2021-03-03")), Optional.empty())
                        .orElseThrow().basis());
        assertEquals(Optional.empty(), DutyStart.latest(Optional.empty(), Optional.empty(), Optional.empty()));
    }
}
