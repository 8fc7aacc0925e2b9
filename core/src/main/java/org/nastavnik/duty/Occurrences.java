package org.nastavnik.duty;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.nastavnik.deadline.ByDate;
import org.nastavnik.deadline.DateSpan;
import org.nastavnik.deadline.Deadline;
import org.nastavnik.deadline.EventDates;
import org.nastavnik.deadline.FirstThenRecurring;
import org.nastavnik.deadline.InHalfYear;
import org.nastavnik.deadline.InMonth;
import org.nastavnik.deadline.InMonths;
import org.nastavnik.deadline.InQuarter;
import org.nastavnik.deadline.InSchoolYear;
import org.nastavnik.deadline.InYear;
import org.nastavnik.deadline.MonthRange;
import org.nastavnik.deadline.OnDate;
import org.nastavnik.deadline.Recurring;
import org.nastavnik.deadline.Relative;
import org.nastavnik.deadline.YearRange;
import org.nastavnik.common.DateRange;

/**
 * Lists the occurrences of a deadline due within [from, to], at most a cap of them. A recurrence
 * is walked by the index of its period (month, quarter, half-year, year or week) from at most the
 * cap's worth of periods before {@code to}, so the work never depends on how early {@code from} is.
 */
final class Occurrences {

    private final LocalDate from;
    private final LocalDate to;
    private final int cap;
    private final List<Occurrence> out = new ArrayList<>();
    private boolean truncated;

    private Occurrences(LocalDate from, LocalDate to, int cap) {
        this.from = from;
        this.to = to;
        this.cap = cap;
    }

    static Schedule of(Deadline deadline, LocalDate from, LocalDate to, EventDates events, int cap) {
        Occurrences o = new Occurrences(from, to, cap);
        if (!from.isAfter(to)) {
            o.generate(deadline, events);
        }
        o.out.sort(Comparator.comparing(Occurrence::dueOn));
        if (o.out.size() > cap) {
            o.truncated = true;
            List<Occurrence> last = new ArrayList<>(o.out.subList(o.out.size() - cap, o.out.size()));
            o.out.clear();
            o.out.addAll(last);
        }
        return new Schedule(o.out, from, to, o.truncated);
    }

    private void generate(Deadline d, EventDates events) {
        if (d instanceof OnDate x) {
            add(null, x.date(), null);
        } else if (d instanceof ByDate x) {
            add(null, x.date(), null);
        } else if (d instanceof InMonth x) {
            span(x.month().atDay(1), x.month().atEndOfMonth());
        } else if (d instanceof InMonths x) {
            LocalDate previous = null;
            for (YearMonth m : x.months()) {
                add(previous == null ? null : previous.plusDays(1), m.atEndOfMonth(), m.atDay(1));
                previous = m.atEndOfMonth();
            }
        } else if (d instanceof MonthRange x) {
            span(x.first().atDay(1), x.last().atEndOfMonth());
        } else if (d instanceof InQuarter x) {
            YearMonth first = YearMonth.of(x.year(), x.quarter() * 3 - 2);
            span(first.atDay(1), first.plusMonths(2).atEndOfMonth());
        } else if (d instanceof InHalfYear x) {
            YearMonth first = YearMonth.of(x.year(), x.half() * 6 - 5);
            span(first.atDay(1), first.plusMonths(5).atEndOfMonth());
        } else if (d instanceof InYear x) {
            span(LocalDate.of(x.year(), 1, 1), LocalDate.of(x.year(), 12, 31));
        } else if (d instanceof InSchoolYear x) {
            span(x.range().startInclusive(), x.range().endInclusive());
        } else if (d instanceof YearRange x) {
            span(LocalDate.of(x.firstYear(), 1, 1), LocalDate.of(x.lastYear(), 12, 31));
        } else if (d instanceof DateSpan x) {
            span(x.startInclusive(), x.endInclusive());
        } else if (d instanceof Recurring x) {
            recurring(x, null);
        } else if (d instanceof FirstThenRecurring x) {
            add(null, x.first(), null);
            recurring(x.then(), x.first());
        } else if (d instanceof Relative x) {
            for (LocalDate event : events.datesOf(x.event())) {
                try {
                    add(event, x.dueAfter(event, events.workCalendar()), null);
                } catch (DateTimeException e) {
                    truncated = true; // due beyond the calendar: never falls due
                }
            }
        }
        // Continuous, BySchedule, AsNeeded and Unrecognized have no occurrences.
    }

    private void span(LocalDate start, LocalDate end) {
        add(null, end, start);
    }

    private void add(@Nullable LocalDate opens, LocalDate due, @Nullable LocalDate spanStart) {
        add(opens, due, spanStart, null);
    }

    private void add(@Nullable LocalDate opens, LocalDate due, @Nullable LocalDate spanStart,
            @Nullable DateRange period) {
        if (due.isBefore(from) || due.isAfter(to)) {
            return;
        }
        out.add(new Occurrence(Optional.ofNullable(opens), due, Optional.ofNullable(spanStart),
                Optional.ofNullable(period)));
    }

    // ---------------------------------------------------------------- recurrences by period index

    /**
     * Each period of the recurrence is numbered (months, quarters, half-years and years from year
     * 0; weeks from the epoch); an occurrence opens the day after the previous period's due day.
     * With {@code after}, occurrences in the same period as that first date or before it are left
     * out (the first date stands for its period).
     */
    private void recurring(Recurring r, @Nullable LocalDate after) {
        long hi = index(r, to) + 1;
        long lo = index(r, from) - 2;
        long floor = hi - cap - 3;
        if (lo < floor) {
            lo = floor;
            // Due days grow with the period; a skipped period fell due within range iff the last skipped one did.
            LocalDate lastSkipped = dueOrNull(r, floor - 1);
            truncated |= lastSkipped == null || !lastSkipped.isBefore(from);
        }
        LocalDate previous = dueOrNull(r, lo - 1);
        for (long n = lo; n <= hi; n++) {
            LocalDate due = dueOrNull(r, n);
            if (due == null) {
                previous = null;
                continue;
            }
            boolean skip = after != null && (!due.isAfter(after) || samePeriod(r, due, after));
            if (!skip) {
                LocalDate opens = previous == null ? null : previous.plusDays(1);
                if (after != null && (opens == null || !opens.isAfter(after))) {
                    opens = after.plusDays(1);
                }
                DateRange period = periodOrNull(r, n, due);
                if (period != null && period.endInclusive().isBefore(due)
                        && (opens == null || !opens.isAfter(period.endInclusive()))) {
                    opens = period.endInclusive().plusDays(1); // a report on a quarter is made after it
                }
                add(opens, due, null, period);
            }
            previous = due;
        }
    }

    private static @Nullable LocalDate dueOrNull(Recurring r, long n) {
        try {
            return due(r, n);
        } catch (DateTimeException | ArithmeticException e) {
            return null;
        }
    }

    private static boolean samePeriod(Recurring r, LocalDate due, LocalDate first) {
        return switch (r.frequency()) {
            case WEEKLY -> due.with(DayOfWeek.MONDAY).equals(first.with(DayOfWeek.MONDAY));
            case MONTHLY -> YearMonth.from(due).equals(YearMonth.from(first));
            case QUARTERLY -> r.dayOfMonth().isEmpty() && due.getYear() == first.getYear()
                    && (due.getMonthValue() - 1) / 3 == (first.getMonthValue() - 1) / 3;
            case HALF_YEARLY -> due.getYear() == first.getYear()
                    && (due.getMonthValue() - 1) / 6 == (first.getMonthValue() - 1) / 6;
            case YEARLY -> due.getYear() == first.getYear();
        };
    }

    /**
     * The calendar period occurrence {@code n} is for: the week, month, quarter or half-year its
     * due day falls in (the quarter reported, for a quarterly report due in the month after it);
     * for a yearly duty, the month up to its due day (a year is not cut: a duty started during it
     * owes that year's occurrence when it started at least a month before the due day).
     */
    private static @Nullable DateRange periodOrNull(Recurring r, long n, LocalDate due) {
        try {
            return switch (r.frequency()) {
                case WEEKLY -> {
                    LocalDate monday = LocalDate.ofEpochDay(n * 7 - 3);
                    yield DateRange.of(monday, monday.plusDays(6));
                }
                case MONTHLY -> DateRange.of(month(n).atDay(1), month(n).atEndOfMonth());
                case QUARTERLY -> DateRange.of(month(n * 3).atDay(1), month(n * 3 + 2).atEndOfMonth());
                case HALF_YEARLY -> DateRange.of(month(n * 6).atDay(1), month(n * 6 + 5).atEndOfMonth());
                case YEARLY -> DateRange.of(due.minusMonths(1).plusDays(1), due);
            };
        } catch (DateTimeException | ArithmeticException | IllegalArgumentException e) {
            // outside what a date range may span (Limits): no period to name
            return null;
        }
    }

    /** The number of the period a day falls in. */
    private static long index(Recurring r, LocalDate day) {
        long months = (long) day.getYear() * 12 + day.getMonthValue() - 1;
        return switch (r.frequency()) {
            case WEEKLY -> Math.floorDiv(day.toEpochDay() + 3, 7); // weeks starting on Monday (1970-01-01 is a Thursday)
            case MONTHLY -> months;
            case QUARTERLY -> Math.floorDiv(months, 3);
            case HALF_YEARLY -> Math.floorDiv(months, 6);
            case YEARLY -> day.getYear();
        };
    }

    /** The due day of period {@code n}. */
    private static LocalDate due(Recurring r, long n) {
        switch (r.frequency()) {
            case WEEKLY: {
                LocalDate monday = LocalDate.ofEpochDay(n * 7 - 3);
                return monday.plusDays(r.dayOfWeek().orElse(DayOfWeek.SUNDAY).getValue() - 1L);
            }
            case MONTHLY: {
                YearMonth m = month(n);
                return r.dayOfMonth().isPresent() ? m.atDay(Math.min(r.dayOfMonth().getAsInt(), m.lengthOfMonth()))
                        : m.atEndOfMonth();
            }
            case QUARTERLY: {
                YearMonth last = month(n * 3 + 2);
                if (r.dayOfMonth().isPresent() && !r.by()) {
                    return last.atDay(Math.min(r.dayOfMonth().getAsInt(), last.lengthOfMonth()));
                }
                if (r.dayOfMonth().isPresent()) {
                    YearMonth next = last.plusMonths(1);
                    return next.atDay(Math.min(r.dayOfMonth().getAsInt(), next.lengthOfMonth()));
                }
                return last.atEndOfMonth();
            }
            case HALF_YEARLY:
                return month(n * 6 + 5).atEndOfMonth();
            case YEARLY:
            default: {
                YearMonth m = YearMonth.of(Math.toIntExact(n), r.month().orElse(Month.DECEMBER));
                return r.dayOfMonth().isPresent() ? m.atDay(Math.min(r.dayOfMonth().getAsInt(), m.lengthOfMonth()))
                        : m.atEndOfMonth();
            }
        }
    }

    private static YearMonth month(long n) {
        return YearMonth.of(Math.toIntExact(Math.floorDiv(n, 12)), Math.floorMod(n, 12) + 1);
    }
}
