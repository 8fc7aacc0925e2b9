package org.nastavnik.deadline;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.nastavnik.common.DateRange;

/** Calendar arithmetic for deadlines: quarter ends, keeping dates inside a period. Working days: {@link WorkCalendar}. */
final class Days {

    private Days() {
    }

    static LocalDate quarterEnd(int year, int quarter) {
        return YearMonth.of(year, quarter * 3).atEndOfMonth();
    }

    static LocalDate halfYearEnd(int year, int half) {
        return half == 1 ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
    }

    /** The dates that lie in the period, sorted and distinct. */
    static List<LocalDate> within(DateRange period, Iterable<LocalDate> dates) {
        TreeSet<LocalDate> set = new TreeSet<>();
        for (LocalDate d : dates) {
            if (period.contains(d)) {
                set.add(d);
            }
        }
        return List.copyOf(new ArrayList<>(set));
    }

    static List<LocalDate> within(DateRange period, LocalDate date) {
        return period.contains(date) ? List.of(date) : List.of();
    }
}
