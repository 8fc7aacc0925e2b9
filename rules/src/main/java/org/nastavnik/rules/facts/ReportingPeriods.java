package org.nastavnik.rules.facts;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.nastavnik.common.DateRange;

/**
 * Period arithmetic for rules about recurring duties: reports due on a day of every month,
 * lists refreshed by a date every year, registers updated in every period of some months.
 * Rules call these from DRL, mostly as the source of a {@code from}:
 *
 * <pre>{@code
 * $due : LocalDate() from ReportingPeriods.monthlyDueDatesPassed($since, $p.getInt(RuleParameters.MONITORING_DAY_OF_MONTH), $asOf)
 * }</pre>
 *
 * <p>Every method is pure and thread-safe; a date "has passed" as of a day when that day is
 * after it, as in {@link org.nastavnik.rules.spi.CheckContext#isOverdue(LocalDate)}.
 */
public final class ReportingPeriods {

    private ReportingPeriods() {
    }

    // ---------------------------------------------------------------- periods of some months

    /**
     * The periods of {@code months} months that lie wholly on or after {@code from} and have
     * ended before {@code asOf}. Periods are counted from 1 January of the year of {@code from}:
     * with 3 they are calendar quarters, with 1 calendar months, with 12 calendar years (and
     * with a number that does not divide 12 they simply continue across years).
     *
     * @param from  the first day duties apply (such as the first determination of a form), not null
     * @param months  the length of a period in months, 1 or more
     * @param asOf  the day of the check, not null
     * @return the ended periods, oldest first; empty if none
     * @throws IllegalArgumentException if {@code months} is less than 1
     */
    public static List<DateRange> periodsEnded(LocalDate from, int months, LocalDate asOf) {
        List<DateRange> periods = new ArrayList<>();
        for (DateRange p = firstPeriodFrom(from, months); p.endInclusive().isBefore(asOf); p = next(p, months)) {
            periods.add(p);
        }
        return periods;
    }

    /**
     * The period that contains {@code asOf}, if it lies wholly on or after {@code from}: the
     * period whose duty is still open on the day of the check.
     *
     * @param from  the first day duties apply, not null
     * @param months  the length of a period in months, 1 or more
     * @param asOf  the day of the check, not null
     * @return a list of that one period, or empty if it starts before {@code from}
     * @throws IllegalArgumentException if {@code months} is less than 1
     */
    public static List<DateRange> currentPeriod(LocalDate from, int months, LocalDate asOf) {
        DateRange p = firstPeriodFrom(from, months);
        while (p.endInclusive().isBefore(asOf)) {
            p = next(p, months);
        }
        return p.contains(asOf) ? List.of(p) : List.of();
    }

    /**
     * @param formedOn  the day a pair or group was formed, not null
     * @param completedOn  the day it completed, if it has
     * @param period  a period, not null
     * @return whether the pair or group was active on at least one day of the period
     */
    public static boolean activeDuring(LocalDate formedOn, Optional<LocalDate> completedOn, DateRange period) {
        return !formedOn.isAfter(period.endInclusive())
                && completedOn.map(c -> !c.isBefore(period.startInclusive())).orElse(true);
    }

    private static DateRange firstPeriodFrom(LocalDate from, int months) {
        if (months < 1) {
            throw new IllegalArgumentException("period length in months must be 1 or more (" + months + ")");
        }
        DateRange p = period(YearMonth.of(from.getYear(), 1), months);
        while (p.startInclusive().isBefore(from)) {
            p = next(p, months);
        }
        return p;
    }

    private static DateRange next(DateRange p, int months) {
        return period(YearMonth.from(p.startInclusive()).plusMonths(months), months);
    }

    private static DateRange period(YearMonth start, int months) {
        return DateRange.of(start.atDay(1), start.plusMonths(months - 1).atEndOfMonth());
    }

    // ---------------------------------------------------------------- a day of every month

    /**
     * The monthly due dates (day {@code dayOfMonth} of each month) that have passed as of
     * {@code asOf}, from the month after the month of {@code since}.
     *
     * @param since  the first evidence that the duty applies, not null
     * @param dayOfMonth  the due day, 1..28
     * @param asOf  the day of the check, not null
     * @return the passed due dates, oldest first; empty if none
     * @throws IllegalArgumentException if {@code dayOfMonth} is outside 1..28
     */
    public static List<LocalDate> monthlyDueDatesPassed(LocalDate since, int dayOfMonth, LocalDate asOf) {
        List<LocalDate> dates = new ArrayList<>();
        for (LocalDate due = firstMonthlyDueDate(since, dayOfMonth); due.isBefore(asOf); due = due.plusMonths(1)) {
            dates.add(due);
        }
        return dates;
    }

    /**
     * The first monthly due date that has not passed as of {@code asOf} (it may be
     * {@code asOf} itself), from the month after the month of {@code since}.
     *
     * @param since  the first evidence that the duty applies, not null
     * @param dayOfMonth  the due day, 1..28
     * @param asOf  the day of the check, not null
     * @return a list of that one date
     * @throws IllegalArgumentException if {@code dayOfMonth} is outside 1..28
     */
    public static List<LocalDate> nextMonthlyDueDate(LocalDate since, int dayOfMonth, LocalDate asOf) {
        LocalDate due = firstMonthlyDueDate(since, dayOfMonth);
        while (due.isBefore(asOf)) {
            due = due.plusMonths(1);
        }
        return List.of(due);
    }

    /**
     * The window in which a monthly report counts for a due date: after the previous month's
     * due date, up to and including this one.
     *
     * @param dueDate  a monthly due date, not null
     * @return the day after the same day of the previous month, to {@code dueDate}
     */
    public static DateRange monthlyWindow(LocalDate dueDate) {
        return DateRange.of(dueDate.minusMonths(1).plusDays(1), dueDate);
    }

    private static LocalDate firstMonthlyDueDate(LocalDate since, int dayOfMonth) {
        if (dayOfMonth < 1 || dayOfMonth > 28) {
            throw new IllegalArgumentException("monthly due day must be from 1 to 28 (" + dayOfMonth + ")");
        }
        return YearMonth.from(since).plusMonths(1).atDay(dayOfMonth);
    }

    // ---------------------------------------------------------------- a date every year

    /**
     * The most recent yearly date that has passed as of {@code asOf}: this year's date if
     * {@code asOf} is after it, else last year's. 29 February falls on 28 February in other years.
     *
     * @param date  the yearly date, such as 1 October, not null
     * @param asOf  the day of the check, not null
     * @return the date
     */
    public static LocalDate lastYearlyDatePassed(MonthDay date, LocalDate asOf) {
        LocalDate thisYear = date.atYear(asOf.getYear());
        return thisYear.isBefore(asOf) ? thisYear : date.atYear(asOf.getYear() - 1);
    }

    /**
     * The next yearly date that has not passed as of {@code asOf} (it may be {@code asOf} itself).
     *
     * @param date  the yearly date, such as 1 October, not null
     * @param asOf  the day of the check, not null
     * @return the date
     */
    public static LocalDate nextYearlyDate(MonthDay date, LocalDate asOf) {
        LocalDate thisYear = date.atYear(asOf.getYear());
        return thisYear.isBefore(asOf) ? date.atYear(asOf.getYear() + 1) : thisYear;
    }

    /**
     * The twelve months up to a yearly due date, in which a yearly refresh counts for it.
     *
     * @param dueDate  the yearly due date, not null
     * @return the day after the same date a year before, to {@code dueDate}
     */
    public static DateRange yearlyWindow(LocalDate dueDate) {
        return DateRange.of(dueDate.minusYears(1).plusDays(1), dueDate);
    }

    /**
     * @param first  a day, not null
     * @param second  another day, not null
     * @return the later of the two days
     */
    public static LocalDate later(LocalDate first, LocalDate second) {
        return first.isAfter(second) ? first : second;
    }
}
