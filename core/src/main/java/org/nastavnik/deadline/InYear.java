package org.nastavnik.deadline;

import java.time.LocalDate;
import java.util.List;
import org.nastavnik.common.DateRange;
import org.nastavnik.common.Language;

/**
 * During a calendar year (в течение года): «В течение 2022 года», «2022 г.». Due on 31 December.
 *
 * @param year  the year
 */
public record InYear(int year) implements Deadline {

    /**
     * Checks the year.
     *
     * @param year  the year, four digits
     * @throws IllegalArgumentException if {@code year} does not have four digits
     */
    public InYear {
        Words.checkYear("year", year);
    }

    /**
     * Obtains a deadline during a year.
     *
     * @param year  the year
     * @return the deadline
     */
    public static InYear of(int year) {
        return new InYear(year);
    }

    @Override
    public List<LocalDate> occurrences(DateRange period, EventDates events) {
        return Days.within(period, LocalDate.of(year, 12, 31));
    }

    @Override
    public String toPhrase(Language language) {
        return language == Language.RU
                ? "в течение " + Words.ruYearGenitive(year)
                : "during " + Words.year4(year);
    }
}
