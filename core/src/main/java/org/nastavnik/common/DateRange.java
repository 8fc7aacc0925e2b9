package org.nastavnik.common;

import java.time.LocalDate;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.immutables.value.Value;

/**
 * A closed range of calendar days, both ends inclusive: a roadmap's period (период реализации),
 * a school year, a quarter. Both ends lie within {@link Limits#MIN_RANGE_DATE} to
 * {@link Limits#MAX_RANGE_DATE}, so that walking a range is bounded work.
 */
@Value.Immutable
public abstract class DateRange implements Iterable<LocalDate> {

    /** @return the first day of the range, inclusive */
    @Value.Parameter
    public abstract LocalDate startInclusive();

    /** @return the last day of the range, inclusive */
    @Value.Parameter
    public abstract LocalDate endInclusive();

    /**
     * Obtains a range of days.
     *
     * @param startInclusive  the first day, not null
     * @param endInclusive  the last day, not before {@code startInclusive}, not null
     * @return the range
     * @throws IllegalArgumentException if {@code endInclusive} is before {@code startInclusive}, or
     *     an end lies outside {@link Limits#MIN_RANGE_DATE} to {@link Limits#MAX_RANGE_DATE}; the
     *     message, one line, names every end at fault, its value and the limit
     */
    public static DateRange of(LocalDate startInclusive, LocalDate endInclusive) {
        return ImmutableDateRange.of(startInclusive, endInclusive);
    }

    /**
     * A new builder; both days are required. Most code uses {@link #of(LocalDate, LocalDate)}.
     *
     * @return a new builder
     */
    public static ImmutableDateRange.Builder builder() {
        return ImmutableDateRange.builder();
    }

    /**
     * The school year (учебный год) that starts on 1 September of the given year.
     *
     * @param startYear  the calendar year in which the school year starts
     * @return 1 September of {@code startYear} to 31 August of the next year
     */
    public static DateRange schoolYear(int startYear) {
        return of(LocalDate.of(startYear, 9, 1), LocalDate.of(startYear + 1, 8, 31));
    }

    /**
     * The calendar year.
     *
     * @param year  the year
     * @return 1 January to 31 December of {@code year}
     */
    public static DateRange year(int year) {
        return of(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    @Value.Check
    void check() {
        // one line listing every problem: a ValidationException belongs to the model, above this package
        StringBuilder problems = new StringBuilder();
        within("startInclusive", startInclusive(), problems);
        within("endInclusive", endInclusive(), problems);
        if (problems.length() == 0 && endInclusive().isBefore(startInclusive())) {
            problems.append("date range ends (").append(endInclusive()).append(") before it starts (")
                    .append(startInclusive()).append(')');
        }
        if (problems.length() > 0) {
            throw new IllegalArgumentException(problems.toString());
        }
    }

    private static void within(String name, LocalDate date, StringBuilder problems) {
        if (date.isBefore(Limits.MIN_RANGE_DATE) || date.isAfter(Limits.MAX_RANGE_DATE)) {
            problems.append(problems.length() == 0 ? "" : "; ").append("date range ").append(name).append(" (")
                    .append(date).append(") must be from ").append(Limits.MIN_RANGE_DATE).append(" to ")
                    .append(Limits.MAX_RANGE_DATE);
        }
    }

    /**
     * @param date  the day to test, not null
     * @return whether the day lies within this range, ends included
     */
    public boolean contains(LocalDate date) {
        return !date.isBefore(startInclusive()) && !date.isAfter(endInclusive());
    }

    /**
     * @param other  another range, not null
     * @return whether the two ranges share at least one day
     */
    public boolean overlaps(DateRange other) {
        return !other.endInclusive().isBefore(startInclusive()) && !other.startInclusive().isAfter(endInclusive());
    }

    /** @return the days of the range in order */
    @Override
    public Iterator<LocalDate> iterator() {
        return new Iterator<>() {
            private LocalDate next = startInclusive();

            @Override
            public boolean hasNext() {
                return !next.isAfter(endInclusive());
            }

            @Override
            public LocalDate next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                LocalDate current = next;
                next = next.plusDays(1);
                return current;
            }
        };
    }

    @Override
    public String toString() {
        return startInclusive() + ".." + endInclusive();
    }
}
