package org.nastavnik.rules.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nastavnik.rules.OrganizationFixtures.date;

import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nastavnik.common.DateRange;

/** The period arithmetic the organization rules call from DRL. */
class ReportingPeriodsTest {

    private static DateRange range(String from, String to) {
        return DateRange.of(date(from), date(to));
    }

    @Test
    void should_list_whole_quarters_from_the_start_that_ended_before_the_check_date() {
        // given a start inside the first quarter, checked on the first day of the fourth
        // when
        List<DateRange> periods = ReportingPeriods.periodsEnded(date("15.01.2022"), 3, date("01.10.2022"));
        // then the first quarter (started before the start) is skipped; the third ended on 30.09
        assertEquals(List.of(range("01.04.2022", "30.06.2022"), range("01.07.2022", "30.09.2022")), periods);
    }

    @Test
    void should_not_count_a_period_ending_on_the_check_date() {
        assertEquals(List.of(range("01.04.2022", "30.06.2022")),
                ReportingPeriods.periodsEnded(date("01.04.2022"), 3, date("30.09.2022")));
    }

    @Test
    void should_count_months_and_periods_that_do_not_divide_the_year() {
        assertEquals(List.of(range("01.02.2022", "28.02.2022"), range("01.03.2022", "31.03.2022")),
                ReportingPeriods.periodsEnded(date("01.02.2022"), 1, date("01.04.2022")));
        assertEquals(List.of(range("01.06.2022", "31.10.2022"), range("01.11.2022", "31.03.2023")),
                ReportingPeriods.periodsEnded(date("02.01.2022"), 5, date("01.04.2023")));
    }

    @Test
    void should_give_the_current_period_only_when_it_starts_on_or_after_the_start() {
        assertEquals(List.of(range("01.07.2022", "30.09.2022")),
                ReportingPeriods.currentPeriod(date("01.07.2022"), 3, date("30.09.2022")));
        assertEquals(List.of(), ReportingPeriods.currentPeriod(date("02.07.2022"), 3, date("20.09.2022")));
    }

    @Test
    void should_refuse_a_period_of_no_months() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ReportingPeriods.periodsEnded(date("01.01.2022"), 0, date("01.01.2023")));
        assertEquals("period length in months must be 1 or more (0)", e.getMessage());
    }

    @Test
    void should_tell_whether_a_pair_was_active_during_a_period() {
        DateRange q3 = range("01.07.2022", "30.09.2022");
        assertTrue(ReportingPeriods.activeDuring(date("30.09.2022"), Optional.empty(), q3));
        assertTrue(ReportingPeriods.activeDuring(date("01.01.2022"), Optional.of(date("01.07.2022")), q3));
        assertFalse(ReportingPeriods.activeDuring(date("01.10.2022"), Optional.empty(), q3));
        assertFalse(ReportingPeriods.activeDuring(date("01.01.2022"), Optional.of(date("30.06.2022")), q3));
    }

    @Test
    void should_list_monthly_due_dates_from_the_month_after_the_start() {
        // given a start on 10.09.2022, day 25, checked on the due day of December
        // when
        List<java.time.LocalDate> dues = ReportingPeriods.monthlyDueDatesPassed(date("10.09.2022"), 25, date("25.12.2022"));
        // then December's due date has not passed yet
        assertEquals(List.of(date("25.10.2022"), date("25.11.2022")), dues);
        assertEquals(List.of(date("25.12.2022")),
                ReportingPeriods.nextMonthlyDueDate(date("10.09.2022"), 25, date("25.12.2022")));
        assertEquals(List.of(date("25.10.2022")),
                ReportingPeriods.nextMonthlyDueDate(date("30.09.2022"), 25, date("01.10.2022")));
    }

    @Test
    void should_refuse_a_monthly_due_day_that_some_months_lack() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ReportingPeriods.monthlyDueDatesPassed(date("01.01.2022"), 29, date("01.01.2023")));
        assertEquals("monthly due day must be from 1 to 28 (29)", e.getMessage());
    }

    @Test
    void should_open_a_monthly_window_the_day_after_the_previous_due_date() {
        assertEquals(range("26.02.2023", "25.03.2023"), ReportingPeriods.monthlyWindow(date("25.03.2023")));
    }

    @Test
    void should_find_the_last_and_next_yearly_date_around_the_check_date() {
        MonthDay october1 = MonthDay.of(10, 1);
        assertEquals(date("01.10.2021"), ReportingPeriods.lastYearlyDatePassed(october1, date("01.10.2022")));
        assertEquals(date("01.10.2022"), ReportingPeriods.lastYearlyDatePassed(october1, date("02.10.2022")));
        assertEquals(date("01.10.2022"), ReportingPeriods.nextYearlyDate(october1, date("01.10.2022")));
        assertEquals(date("01.10.2023"), ReportingPeriods.nextYearlyDate(october1, date("02.10.2022")));
        assertEquals(range("02.10.2021", "01.10.2022"), ReportingPeriods.yearlyWindow(date("01.10.2022")));
    }

    @Test
    void should_take_the_later_of_two_days() {
        assertEquals(date("02.01.2022"), ReportingPeriods.later(date("02.01.2022"), date("01.01.2022")));
        assertEquals(date("02.01.2022"), ReportingPeriods.later(date("01.01.2022"), date("02.01.2022")));
    }
}
