package org.nastavnik.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
     * @throws ValidationException if {@code endInclusive} is before {@code startInclusive}, or an
     *     end lies outside {@link Limits#MIN_RANGE_DATE} to {@link Limits#MAX_RANGE_DATE}
     */
    public static DateRange of(LocalDate startInclusive, LocalDate endInclusive) {
        return ImmutableDateRange.of(startInclusive, endInclusive);
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
        List<Problem> problems = new ArrayList<>(2);
        within("startInclusive", startInclusive(), problems);
        within("endInclusive", endInclusive(), problems);
        if (problems.isEmpty() && endInclusive().isBefore(startInclusive())) {
            problems.add(Problem.of("endInclusive", endInclusive(), "date range ends (" + endInclusive()
                    + ") before it starts (" + startInclusive() + ")"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException("date range", problems);
        }
    }

    private static void within(String name, LocalDate date, List<Problem> problems) {
        if (date.isBefore(Limits.MIN_RANGE_DATE) || date.isAfter(Limits.MAX_RANGE_DATE)) {
            problems.add(Problem.of(name, date, "must be from " + Limits.MIN_RANGE_DATE + " to "
                    + Limits.MAX_RANGE_DATE));
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
