package org.nastavnik.deadline;

import java.time.LocalDate;
import java.util.List;
import org.nastavnik.common.DateRange;
import org.nastavnik.common.Language;

/**
 * In a calendar quarter (в квартале): «4 квартал 2022 года», «IV квартал». Due on the last day of
 * the quarter.
 *
 * @param year  the year
 * @param quarter  the quarter, 1 to 4
 */
public record InQuarter(int year, int quarter) implements Deadline {

    /**
     * Checks the quarter.
     *
     * @param year  the year
     * @param quarter  the quarter, 1 to 4
     * @throws IllegalArgumentException if {@code quarter} is not between 1 and 4
     */
    public InQuarter {
        Words.checkYear("year", year);
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter (" + quarter + ") must be between 1 and 4");
        }
    }

    /**
     * Obtains a deadline in a quarter.
     *
     * @param year  the year
     * @param quarter  the quarter, 1 to 4
     * @return the deadline
     * @throws IllegalArgumentException if {@code quarter} is not between 1 and 4
     */
    public static InQuarter of(int year, int quarter) {
        return new InQuarter(year, quarter);
    }

    @Override
    public List<LocalDate> occurrences(DateRange period, EventDates events) {
        return Days.within(period, Days.quarterEnd(year, quarter));
    }

    @Override
    public String toPhrase(Language language) {
        return language == Language.RU
                ? quarter + " квартал " + Words.ruYearGenitive(year)
                : "Q" + quarter + " " + Words.year4(year);
    }
}
