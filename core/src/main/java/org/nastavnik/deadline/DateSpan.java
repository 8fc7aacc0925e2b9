package org.nastavnik.deadline;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.nastavnik.common.DateRange;
import org.nastavnik.common.Language;

/**
 * From one date to another (с … по …): «с 01.09.2021 по 31.05.2022». Due on the last day.
 *
 * @param startInclusive  the first day, not null
 * @param endInclusive  the last day, after {@code startInclusive}, not null
 */
public record DateSpan(LocalDate startInclusive, LocalDate endInclusive) implements Deadline {

    /**
     * Checks the dates.
     *
     * @param startInclusive  the first day, not null
     * @param endInclusive  the last day, after {@code startInclusive}, not null
     * @throws IllegalArgumentException if {@code endInclusive} is not after {@code startInclusive}
     */
    public DateSpan {
        Objects.requireNonNull(startInclusive, "startInclusive");
        Objects.requireNonNull(endInclusive, "endInclusive");
        Words.checkYear("year of startInclusive", startInclusive.getYear());
        Words.checkYear("year of endInclusive", endInclusive.getYear());
        if (!endInclusive.isAfter(startInclusive)) {
            throw new IllegalArgumentException("end (" + endInclusive
                    + ") must be after the start (" + startInclusive + ")");
        }
    }

    /**
     * Obtains a deadline from one date to another.
     *
     * @param startInclusive  the first day, not null
     * @param endInclusive  the last day, after {@code startInclusive}, not null
     * @return the deadline
     * @throws IllegalArgumentException if {@code endInclusive} is not after {@code startInclusive}
     */
    public static DateSpan of(LocalDate startInclusive, LocalDate endInclusive) {
        return new DateSpan(startInclusive, endInclusive);
    }

    /** @return the days of this span as a range */
    public DateRange range() {
        return DateRange.of(startInclusive, endInclusive);
    }

    @Override
    public List<LocalDate> occurrences(DateRange period, EventDates events) {
        return Days.within(period, endInclusive);
    }

    @Override
    public String toPhrase(Language language) {
        return language == Language.RU
                ? "с " + Words.ruDate(startInclusive) + " по " + Words.ruDate(endInclusive)
                : "from " + Words.enDate(startInclusive) + " to " + Words.enDate(endInclusive);
    }
}
