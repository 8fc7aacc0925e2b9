package org.nastavnik.deadline;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import org.nastavnik.common.DateRange;
import org.nastavnik.common.Language;

/**
 * In a month (в месяце): «Май 2021 г.», «в октябре 2022 года». Due on the last day of the month.
 *
 * @param month  the month, not null
 */
public record InMonth(YearMonth month) implements Deadline {

    /**
     * Checks the month.
     *
     * @param month  the month, not null
     */
    public InMonth {
        Objects.requireNonNull(month, "month");
        Words.checkYear("year of month", month.getYear());
    }

    /**
     * Obtains a deadline in a month.
     *
     * @param month  the month, not null
     * @return the deadline
     */
    public static InMonth of(YearMonth month) {
        return new InMonth(month);
    }

    @Override
    public List<LocalDate> occurrences(DateRange period, EventDates events) {
        return Days.within(period, month.atEndOfMonth());
    }

    @Override
    public String toPhrase(Language language) {
        return language == Language.RU
                ? Words.ruMonths(List.of(month))
                : "in " + Words.enMonth(month.getMonth()) + " " + month.getYear();
    }
}
