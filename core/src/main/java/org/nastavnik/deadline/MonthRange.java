package org.nastavnik.deadline;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import org.nastavnik.common.DateRange;
import org.nastavnik.common.Language;

/**
 * Over a range of months (с месяца по месяц): «Март-апрель 2023 года», «сентябрь 2022 года – май
 * 2023 года». Due on the last day of the last month.
 *
 * @param first  the first month, inclusive, not null
 * @param last  the last month, inclusive, after {@code first}, not null
 */
public record MonthRange(YearMonth first, YearMonth last) implements Deadline {

    /**
     * Checks the months.
     *
     * @param first  the first month, not null
     * @param last  the last month, after {@code first}, not null
     * @throws IllegalArgumentException if {@code last} is not after {@code first}
     */
    public MonthRange {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        Words.checkYear("year of first", first.getYear());
        Words.checkYear("year of last", last.getYear());
        if (!last.isAfter(first)) {
            throw new IllegalArgumentException("last month (" + last + ") must be after the first (" + first + ")");
        }
    }

    /**
     * Obtains a deadline over a range of months.
     *
     * @param first  the first month, inclusive, not null
     * @param last  the last month, inclusive, after {@code first}, not null
     * @return the deadline
     * @throws IllegalArgumentException if {@code last} is not after {@code first}
     */
    public static MonthRange of(YearMonth first, YearMonth last) {
        return new MonthRange(first, last);
    }

    @Override
    public List<LocalDate> occurrences(DateRange period, EventDates events) {
        return Days.within(period, last.atEndOfMonth());
    }

    @Override
    public String toPhrase(Language language) {
        boolean sameYear = first.getYear() == last.getYear();
        if (language == Language.RU) {
            return sameYear
                    ? Words.ruMonth(first) + " – " + Words.ruMonths(List.of(last))
                    : Words.ruMonths(List.of(first)) + " – " + Words.ruMonths(List.of(last));
        }
        return sameYear
                ? Words.enMonth(first.getMonth()) + "–" + Words.enMonth(last.getMonth()) + " " + last.getYear()
                : "from " + Words.enMonth(first.getMonth()) + " " + first.getYear()
                        + " to " + Words.enMonth(last.getMonth()) + " " + last.getYear();
    }
}
