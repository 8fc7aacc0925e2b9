package org.nastavnik.rules.spi;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One occurrence of a recurring duty: the period in which it is done and the day it is due.
 * For rule packs, which iterate the occurrences already overdue with {@code from}:
 *
 * <pre>
 * $d : DuePeriod() from DuePeriod.recurring(firstDue(), 3, lastDue(), $asOf)
 * not MonitoringReport( organizationId == $o.id, $d.contains(submittedOn) )
 * </pre>
 *
 * <p>Every factory returns only occurrences overdue as of the check date (the due day has
 * passed), in order. Immutable.
 */
public final class DuePeriod {

    private final LocalDate afterExclusive;
    private final LocalDate dueOn;

    private DuePeriod(LocalDate afterExclusive, LocalDate dueOn) {
        this.afterExclusive = afterExclusive;
        this.dueOn = dueOn;
    }

    /**
     * A duty due on a first day and then every {@code months} months («на 15.12.2020,
     * ежеквартально»); each occurrence is done after the previous due day (the first: within the
     * {@code months} before it).
     *
     * @param firstDue  the first due day, not null
     * @param months  the months between due days, at least 1
     * @param lastDue  the last day an occurrence may fall due on, not null
     * @param asOf  the check date, not null
     * @return the occurrences overdue as of {@code asOf}
     */
    public static List<DuePeriod> recurring(LocalDate firstDue, int months, LocalDate lastDue, LocalDate asOf) {
        checkMonths(months);
        List<DuePeriod> out = new ArrayList<>();
        for (int k = 0; ; k++) {
            LocalDate due = firstDue.plusMonths((long) k * months);
            if (due.isAfter(lastDue) || !asOf.isAfter(due)) {
                return out;
            }
            out.add(new DuePeriod(firstDue.plusMonths((long) (k - 1) * months), due));
        }
    }

    /**
     * Consecutive periods of {@code months} months from a start (quarters from 1 January for 3),
     * each due on its last day.
     *
     * @param start  the first day of the first period, not null
     * @param months  the length of a period in months, at least 1
     * @param end  the last day a period may end on, not null
     * @param asOf  the check date, not null
     * @return the periods overdue as of {@code asOf}
     */
    public static List<DuePeriod> periods(LocalDate start, int months, LocalDate end, LocalDate asOf) {
        checkMonths(months);
        List<DuePeriod> out = new ArrayList<>();
        for (int k = 1; ; k++) {
            LocalDate due = start.plusMonths((long) k * months).minusDays(1);
            if (due.isAfter(end) || !asOf.isAfter(due)) {
                return out;
            }
            out.add(new DuePeriod(start.plusMonths((long) (k - 1) * months).minusDays(1), due));
        }
    }

    /**
     * A duty due every month on a day («Ежемесячно 25 числа»), done after the previous month's due day.
     *
     * @param dayOfMonth  the due day of each month, 1..28
     * @param from  the first day of the first month, not null
     * @param to  the last day an occurrence may fall due on, not null
     * @param asOf  the check date, not null
     * @return the occurrences overdue as of {@code asOf}
     */
    public static List<DuePeriod> monthly(int dayOfMonth, LocalDate from, LocalDate to, LocalDate asOf) {
        List<DuePeriod> out = new ArrayList<>();
        for (YearMonth m = YearMonth.from(from); ; m = m.plusMonths(1)) {
            LocalDate due = m.atDay(dayOfMonth);
            if (due.isAfter(to) || !asOf.isAfter(due)) {
                return out;
            }
            if (!due.isBefore(from)) {
                out.add(new DuePeriod(m.minusMonths(1).atDay(dayOfMonth), due));
            }
        }
    }

    /**
     * A duty due every year on a day («Ежегодно, до 01 октября»), done after the previous year's due day.
     *
     * @param day  the due day of each year, not null
     * @param fromYear  the first year
     * @param toYear  the last year
     * @param asOf  the check date, not null
     * @return the occurrences overdue as of {@code asOf}
     */
    public static List<DuePeriod> yearly(MonthDay day, int fromYear, int toYear, LocalDate asOf) {
        List<DuePeriod> out = new ArrayList<>();
        for (int y = fromYear; y <= toYear; y++) {
            LocalDate due = day.atYear(y);
            if (!asOf.isAfter(due)) {
                break;
            }
            out.add(new DuePeriod(day.atYear(y - 1), due));
        }
        return out;
    }

    private static void checkMonths(int months) {
        if (months < 1) {
            throw new IllegalArgumentException("months (" + months + ") must be at least 1");
        }
    }

    /** @return the day after which the duty is done for this occurrence (exclusive) */
    public LocalDate afterExclusive() {
        return afterExclusive;
    }

    /** @return the last day on which the duty is on time */
    public LocalDate dueOn() {
        return dueOn;
    }

    /**
     * @param date  a day something was done, not null
     * @return whether it counts for this occurrence: after {@link #afterExclusive()}, on or before {@link #dueOn()}
     */
    public boolean contains(LocalDate date) {
        return date.isAfter(afterExclusive) && !date.isAfter(dueOn);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DuePeriod d && afterExclusive.equals(d.afterExclusive) && dueOn.equals(d.dueOn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(afterExclusive, dueOn);
    }

    @Override
    public String toString() {
        return "(" + afterExclusive + ", " + dueOn + "]";
    }
}
