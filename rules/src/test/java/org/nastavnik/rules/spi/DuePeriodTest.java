package org.nastavnik.rules.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nastavnik.rules.Fixtures.date;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The occurrences of recurring duties that region packs iterate. */
class DuePeriodTest {

    @Test
    void should_list_a_first_date_then_every_quarter_overdue_only() {
        assertEquals("[(2020-09-15, 2020-12-15], (2020-12-15, 2021-03-15]]",
                DuePeriod.recurring(date("15.12.2020"), 3, LocalDate.MAX, date("16.03.2021")).toString());
        assertEquals(List.of(), DuePeriod.recurring(date("15.12.2020"), 3, LocalDate.MAX, date("15.12.2020")));
    }

    @Test
    void should_list_quarters_ending_on_their_last_day() {
        assertEquals("[(2020-12-31, 2021-03-31], (2021-03-31, 2021-06-30]]",
                DuePeriod.periods(date("01.01.2021"), 3, date("31.12.2022"), date("01.07.2021")).toString());
    }

    @Test
    void should_list_months_and_years_within_their_bounds() {
        assertEquals("[(2021-12-25, 2022-01-25]]",
                DuePeriod.monthly(25, date("01.01.2022"), date("31.12.2022"), date("26.01.2022")).toString());
        assertEquals("[(2022-10-01, 2023-10-01], (2023-10-01, 2024-10-01]]",
                DuePeriod.yearly(MonthDay.of(10, 1), 2023, 2024, date("01.01.2030")).toString());
    }
}
