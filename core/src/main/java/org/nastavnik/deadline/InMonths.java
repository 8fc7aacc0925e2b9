package org.nastavnik.deadline;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import org.nastavnik.common.DateRange;
import org.nastavnik.common.Language;

/**
 * In each of several months (в нескольких месяцах): «Март  Июнь  Октябрь» (the year from the
 * context), «ноябрь, декабрь 2021 года, март 2022 года». Due on the last day of each month.
 *
 * @param months  the months, at least two, sorted and distinct, not null
 */
public record InMonths(List<YearMonth> months) implements Deadline {

    /**
     * Sorts the months and drops repeats.
     *
     * @param months  the months, at least two different ones, not null
     * @throws IllegalArgumentException if fewer than two different months are given
     */
    public InMonths {
        months = List.copyOf(new ArrayList<>(new TreeSet<>(months)));
        months.forEach(m -> Words.checkYear("year of month " + m, m.getYear()));
        if (months.size() < 2) {
            throw new IllegalArgumentException("months (" + months + ") must hold at least two different months");
        }
    }

    /**
     * Obtains a deadline in several months.
     *
     * @param months  the months, at least two different ones, in any order, not null
     * @return the deadline
     * @throws IllegalArgumentException if fewer than two different months are given
     */
    public static InMonths of(Collection<YearMonth> months) {
        return new InMonths(List.copyOf(months));
    }

    @Override
    public List<LocalDate> occurrences(DateRange period, EventDates events) {
        List<LocalDate> ends = new ArrayList<>();
        for (YearMonth m : months) {
            ends.add(m.atEndOfMonth());
        }
        return Days.within(period, ends);
    }

    @Override
    public String toPhrase(Language language) {
        return language == Language.RU ? Words.ruMonths(months) : "in " + Words.enMonths(months);
    }
}
