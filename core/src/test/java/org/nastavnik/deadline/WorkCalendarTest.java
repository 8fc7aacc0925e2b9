package org.nastavnik.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nastavnik.common.DateRange;

/** The work calendar: the decreed transfers of each shipped year, the statute's rule, a calendar supplied by the user. */
class WorkCalendarTest {
    private static final WorkCalendar RUSSIA = WorkCalendar.russia();

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            // a day off by a decree's transfer, and a weekend worked
            "2021-02-22, false", "2021-02-20, true", "2021-11-05, false", "2021-12-31, false",
            "2022-03-07, false", "2022-03-05, true", "2022-05-03, false", "2022-05-10, false",
            "2023-02-24, false", "2023-05-08, false", "2023-11-06, false",
            "2024-04-27, true", "2024-04-29, false", "2024-04-30, false", "2024-11-02, true", "2024-12-28, true",
            "2024-12-30, false", "2024-12-31, false",
            "2025-05-02, false", "2025-05-08, false", "2025-06-13, false", "2025-11-01, true", "2025-11-03, false",
            // 2025: the decree moved the days owed for 23 February and 8 March: 24 Feb and 10 Mar are worked
            "2025-02-24, true", "2025-03-10, true",
            "2026-01-09, false", "2026-03-09, false", "2026-05-11, false", "2026-12-31, false",
            "2020-05-04, false", "2020-05-05, false", "2020-02-24, false",
            // ordinary days
            "2022-09-01, true", "2022-09-03, false", "2022-01-05, false"})
    void should_know_each_shipped_year_as_its_decree_sets_it(String date, boolean working) {
        assertEquals(working, RUSSIA.isWorkingDay(d(date)), date);
    }

    @Test
    void should_name_the_decree_of_every_shipped_year() {
        assertEquals(Set.of(2020, 2021, 2022, 2023, 2024, 2025, 2026), RUSSIA.years());
        assertEquals("Постановление Правительства РФ от 04.10.2024 № 1335 «О переносе выходных дней в 2025 году»",
                RUSSIA.source(2025).orElseThrow());
        assertTrue(RUSSIA.source(2019).isEmpty());
    }

    @Test
    void should_move_the_day_off_of_a_weekend_holiday_in_a_year_without_data() {
        // 8 March 2031 is a Saturday: Monday 10 March is the day owed
        assertTrue(RUSSIA.source(2031).isEmpty());
        assertFalse(RUSSIA.isWorkingDay(d("2031-03-10")));
        assertTrue(RUSSIA.isWorkingDay(d("2031-03-11")));
        // January holidays owe no day: 4 January 2031 is a Saturday, 9 January a Thursday
        assertTrue(RUSSIA.isWorkingDay(d("2031-01-09")));
    }

    @Test
    void should_count_ten_working_days_by_the_decree_of_2022() {
        // 25.02.2022 + 10 working days: 5 March (Saturday) worked, 7 and 8 March off
        Relative tenWorkingDays = Relative.of(10, Relative.Unit.WORKING_DAYS, NamedEvent.ORDER_SIGNING);
        assertEquals(d("2022-03-14"), tenWorkingDays.dueAfter(d("2022-02-25")));
        // by the statute alone 5 March is a day off and 7 March is worked: the same count, other days
        assertEquals(d("2022-03-14"), tenWorkingDays.dueAfter(d("2022-02-25"), WorkCalendar.statute()));
        // 28.04.2022 + 3 working days: 2, 3 May off (decree) -> 5 May; the statute alone gives 4 May
        Relative three = Relative.of(3, Relative.Unit.WORKING_DAYS, NamedEvent.ORDER_SIGNING);
        assertEquals(d("2022-05-05"), three.dueAfter(d("2022-04-28")));
        assertEquals(d("2022-05-04"), three.dueAfter(d("2022-04-28"), WorkCalendar.statute()));
    }

    @Test
    void should_count_by_a_calendar_the_user_supplies_through_the_event_dates() {
        // given: a year the shipped calendar lacks, from the user's own file
        WorkCalendar supplied = RUSSIA.with(WorkCalendar.parse("""
                2031.source=Постановление о переносе выходных дней в 2031 году (пример)
                2031.daysOff=2031-05-02
                2031.workingDays=2031-05-10
                """));
        Relative one = Relative.of(1, Relative.Unit.WORKING_DAYS, NamedEvent.ORDER_SIGNING);
        EventDates signed = EventDates.of(NamedEvent.ORDER_SIGNING, d("2031-04-30"));

        // when
        List<LocalDate> shipped = one.occurrences(DateRange.year(2031), signed);
        List<LocalDate> own = one.occurrences(DateRange.year(2031), signed.withWorkCalendar(supplied));

        // then: 1 May is a holiday; 2 May (Friday) is off only by the supplied decree
        assertEquals(List.of(d("2031-05-02")), shipped);
        assertEquals(List.of(d("2031-05-05")), own);
        assertEquals(Set.of(2020, 2021, 2022, 2023, 2024, 2025, 2026, 2031), supplied.years());
    }

    @Test
    void should_list_every_problem_of_a_bad_calendar_file() {
        // when
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WorkCalendar.parse("""
                2031.daysOff=2031-05-03,2031-02-30
                2031.workingDays=2031-05-05
                2032.colour=red
                """));

        // then
        assertEquals("work calendar: 5 problems: 2031.daysOff (2031-05-03): is a saturday; days off here are the"
                + " weekdays not worked; 2031.daysOff (2031-02-30): not a date yyyy-MM-dd; 2031.workingDays"
                + " (2031-05-05): is a monday; working days here are the Saturdays and Sundays worked; 2032.colour:"
                + " not <year>.source, <year>.daysOff or <year>.workingDays; 2031.source: missing; name the decree"
                + " the year's transfers come from", e.getMessage());
    }
}
