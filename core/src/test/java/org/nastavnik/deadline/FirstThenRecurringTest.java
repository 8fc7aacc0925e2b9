package org.nastavnik.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nastavnik.common.DateRange;

class FirstThenRecurringTest {
    private static final DateRange PERIOD = DateRange.of(LocalDate.of(2020, 9, 1), LocalDate.of(2021, 6, 30));

    @Test
    void should_start_the_recurrence_in_the_period_after_the_first_date() {
        // given: the first report stands for December 2020
        Deadline monthly = FirstThenRecurring.of(LocalDate.of(2020, 12, 15), Recurring.monthlyOn(25));

        // when
        List<LocalDate> dates = monthly.occurrences(PERIOD);

        // then: no second report on 25.12.2020
        assertEquals(List.of(LocalDate.of(2020, 12, 15), LocalDate.of(2021, 1, 25), LocalDate.of(2021, 2, 25),
                LocalDate.of(2021, 3, 25), LocalDate.of(2021, 4, 25), LocalDate.of(2021, 5, 25),
                LocalDate.of(2021, 6, 25)), dates);
    }

    @Test
    void should_not_ask_for_a_second_report_in_the_quarter_of_the_first() {
        // given
        Deadline quarterly = DeadlineParser.parse("на 15.12.2020, ежеквартально");

        // when
        List<LocalDate> dates = quarterly.occurrences(PERIOD);

        // then
        assertEquals(List.of(LocalDate.of(2020, 12, 15), LocalDate.of(2021, 3, 31), LocalDate.of(2021, 6, 30)), dates);
    }
}
