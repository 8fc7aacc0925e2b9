package org.nastavnik.deadline;

import java.time.LocalDate;
import java.util.List;
import org.nastavnik.common.DateRange;
import org.nastavnik.common.Language;

/**
 * Over a range of calendar years (в течение нескольких лет): «2021-2022 гг.», «2023–2024 годы».
 * Due once, on 31 December of the last year.
 *
 * @param firstYear  the first year, inclusive
 * @param lastYear  the last year, inclusive, after {@code firstYear}
 */
public record YearRange(int firstYear, int lastYear) implements Deadline {

    /**
     * Checks the years.
     *
     * @param firstYear  the first year
     * @param lastYear  the last year, after {@code firstYear}
     * @throws IllegalArgumentException if {@code lastYear} is not after {@code firstYear}
     */
    public YearRange {
        Words.checkYear("firstYear", firstYear);
        Words.checkYear("lastYear", lastYear);
        if (lastYear <= firstYear) {
            throw new IllegalArgumentException(
                    "last year (" + lastYear + ") must be after the first (" + firstYear + ")");
        }
    }

    /**
     * Obtains a deadline over a range of years.
     *
     * @param firstYear  the first year, inclusive
     * @param lastYear  the last year, inclusive, after {@code firstYear}
     * @return the deadline
     * @throws IllegalArgumentException if {@code lastYear} is not after {@code firstYear}
     */
    public static YearRange of(int firstYear, int lastYear) {
        return new YearRange(firstYear, lastYear);
    }

    @Override
    public List<LocalDate> occurrences(DateRange period, EventDates events) {
        return Days.within(period, LocalDate.of(lastYear, 12, 31));
    }

    @Override
    public String toPhrase(Language language) {
        String years = Words.year4(firstYear) + "–" + Words.year4(lastYear);
        return language == Language.RU ? years + " годы" : years;
    }
}
