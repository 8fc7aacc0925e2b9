package org.nastavnik.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.nastavnik.common.DateRange;

/** Calendar arithmetic for deadlines: quarter ends, working days, keeping dates inside a period. */
final class Days {

    /**
     * The fixed non-working public holidays of the Russian Labour Code, art. 112: 1–8 January,
     * 23 February, 8 March, 1 and 9 May, 12 June, 4 November. Transfers of days off decreed
     * each year by the Government are not modelled.
     */
    private static final Set<MonthDay> HOLIDAYS = Set.of(
            MonthDay.of(1, 1), MonthDay.of(1, 2), MonthDay.of(1, 3), MonthDay.of(1, 4),
            MonthDay.of(1, 5), MonthDay.of(1, 6), MonthDay.of(1, 7), MonthDay.of(1, 8),
            MonthDay.of(2, 23), MonthDay.of(3, 8), MonthDay.of(5, 1), MonthDay.of(5, 9),
            MonthDay.of(6, 12), MonthDay.of(11, 4));

    private Days() {
    }

    static LocalDate quarterEnd(int year, int quarter) {
        return YearMonth.of(year, quarter * 3).atEndOfMonth();
    }

    static LocalDate halfYearEnd(int year, int half) {
        return half == 1 ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
    }

    static boolean isWorkingDay(LocalDate date) {
        DayOfWeek dow = date.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !HOLIDAYS.contains(MonthDay.from(date));
    }

    /** The {@code n}-th working day after {@code date} ({@code date} itself not counted). */
    static LocalDate plusWorkingDays(LocalDate date, int n) {
        LocalDate d = date;
        int left = n;
        while (left > 0) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
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
