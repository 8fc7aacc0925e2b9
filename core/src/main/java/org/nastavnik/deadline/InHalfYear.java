package org.nastavnik.deadline;

import java.time.LocalDate;
import java.util.List;
import org.nastavnik.common.DateRange;
import org.nastavnik.common.Language;

/**
 * In a calendar half-year (в полугодии): «1 полугодие 2022 года», «II полугодие». Due on 30 June
 * or 31 December.
 *
 * @param year  the year
 * @param half  the half, 1 or 2
 */
public record InHalfYear(int year, int half) implements Deadline {

    /**
     * Checks the half.
     *
     * @param year  the year
     * @param half  the half, 1 or 2
     * @throws IllegalArgumentException if {@code half} is not 1 or 2
     */
    public InHalfYear {
        Words.checkYear("year", year);
        if (half < 1 || half > 2) {
            throw new IllegalArgumentException("half (" + half + ") must be 1 or 2");
        }
    }

    /**
     * Obtains a deadline in a half-year.
     *
     * @param year  the year
     * @param half  the half, 1 or 2
     * @return the deadline
     * @throws IllegalArgumentException if {@code half} is not 1 or 2
     */
    public static InHalfYear of(int year, int half) {
        return new InHalfYear(year, half);
    }

    @Override
    public List<LocalDate> occurrences(DateRange period, EventDates events) {
        return Days.within(period, Days.halfYearEnd(year, half));
    }

    @Override
    public String toPhrase(Language language) {
        return language == Language.RU
                ? half + " полугодие " + Words.ruYearGenitive(year)
                : "H" + half + " " + Words.year4(year);
    }
}
