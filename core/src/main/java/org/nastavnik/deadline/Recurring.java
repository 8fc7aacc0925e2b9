package org.nastavnik.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.nastavnik.common.DateRange;
import org.nastavnik.common.Language;

/**
 * A recurring deadline (периодичность): «еженедельно», «Ежемесячно 25 числа каждого месяца»,
 * «ежеквартально», «ежеквартально до 5 числа месяца, следующего за отчётным кварталом», «раз в
 * полугодие», «Ежегодно», «Ежегодно, до 01 октября», «ежегодно в мае», and with someone else's
 * schedule: «Ежегодно, по графику ОО» (which is {@linkplain #isJudged() not judged}).
 *
 * <p>Occurrences within a period: weekly on the given day of the week (Sunday, the end of the
 * week, when none is given); monthly on the given day (clamped to the month's length) or the
 * last day of each month; quarterly on the last day of each quarter, or with a day on that day of
 * the month following each quarter (the report on a quarter is due after it); half-yearly on 30 June and
 * 31 December; yearly on the given day, the last day of the given month, or 31 December. When a
 * {@link #schedule() schedule} is given, the exact date lives in that schedule: it has no
 * occurrences and is not judged (the schedule is not in the data).
 *
 * @param frequency  how often, not null
 * @param dayOfWeek  the day of the week, only for {@link Frequency#WEEKLY}, not null
 * @param dayOfMonth  the day of the month, 1 to 31, for {@link Frequency#MONTHLY}, for
 *     {@link Frequency#QUARTERLY} (with {@code by}, a day of the month following each quarter;
 *     without, a day of each quarter's last month), or for
 *     {@link Frequency#YEARLY} together with {@code month}, not null
 * @param month  the month, only for {@link Frequency#YEARLY}, not null
 * @param by  whether the day is a limit («до 25 числа») rather than the day itself («25 числа»);
 *     only with a day of the month
 * @param schedule  the schedule or plan that sets the exact dates, not null
 */
public record Recurring(Frequency frequency, Optional<DayOfWeek> dayOfWeek, OptionalInt dayOfMonth,
        Optional<Month> month, boolean by, Optional<BySchedule> schedule) implements Deadline {

    /** How often a recurring deadline comes round. */
    public enum Frequency {
        /** Еженедельно: each week. */
        WEEKLY,
        /** Ежемесячно: each month. */
        MONTHLY,
        /** Ежеквартально: each quarter. */
        QUARTERLY,
        /** Раз в полугодие: each half-year. */
        HALF_YEARLY,
        /** Ежегодно: each year. */
        YEARLY
    }

    /**
     * Checks that the parts fit the frequency.
     *
     * @param frequency  how often, not null
     * @param dayOfWeek  the day of the week, only when weekly, not null
     * @param dayOfMonth  the day of the month, 1 to 31, when monthly or yearly with a month, not null
     * @param month  the month, only when yearly, not null
     * @param by  whether the day is a limit, only with a day of the month
     * @param schedule  the schedule, not null
     * @throws IllegalArgumentException if a part does not fit the frequency or a day does not exist
     */
    public Recurring {
        Objects.requireNonNull(frequency, "frequency");
        Objects.requireNonNull(dayOfWeek, "dayOfWeek");
        Objects.requireNonNull(dayOfMonth, "dayOfMonth");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(schedule, "schedule");
        if (dayOfWeek.isPresent() && frequency != Frequency.WEEKLY) {
            throw new IllegalArgumentException("dayOfWeek (" + dayOfWeek.get() + ") is only for a weekly deadline, not "
                    + frequency);
        }
        if (month.isPresent() && frequency != Frequency.YEARLY) {
            throw new IllegalArgumentException("month (" + month.get() + ") is only for a yearly deadline, not "
                    + frequency);
        }
        if (dayOfMonth.isPresent()) {
            int day = dayOfMonth.getAsInt();
            if (frequency == Frequency.MONTHLY || frequency == Frequency.QUARTERLY) {
                if (day < 1 || day > 31) {
                    throw new IllegalArgumentException("dayOfMonth (" + day + ") must be between 1 and 31");
                }
            } else if (frequency == Frequency.YEARLY && month.isPresent()) {
                if (day < 1 || day > month.get().maxLength()) {
                    throw new IllegalArgumentException("dayOfMonth (" + day + ") does not exist in " + month.get());
                }
            } else {
                throw new IllegalArgumentException("dayOfMonth (" + day
                        + ") is only for a monthly or quarterly deadline or a yearly one with a month, not "
                        + frequency);
            }
        }
        if (by && dayOfMonth.isEmpty()) {
            throw new IllegalArgumentException("by (true) needs a day of the month");
        }
    }

    /** @return «еженедельно»: each week, by its Sunday */
    public static Recurring weekly() {
        return of(Frequency.WEEKLY);
    }

    /**
     * @param day  the day of the week, not null
     * @return «еженедельно по пятницам»: each week on that day
     */
    public static Recurring weeklyOn(DayOfWeek day) {
        return new Recurring(Frequency.WEEKLY, Optional.of(day), OptionalInt.empty(), Optional.empty(), false,
                Optional.empty());
    }

    /** @return «ежемесячно»: each month, by its last day */
    public static Recurring monthly() {
        return of(Frequency.MONTHLY);
    }

    /**
     * @param day  the day of the month, 1 to 31; clamped to shorter months
     * @return «ежемесячно 25 числа»: each month on that day
     * @throws IllegalArgumentException if {@code day} is not between 1 and 31
     */
    public static Recurring monthlyOn(int day) {
        return new Recurring(Frequency.MONTHLY, Optional.empty(), OptionalInt.of(day), Optional.empty(), false,
                Optional.empty());
    }

    /**
     * @param day  the day of the month, 1 to 31; clamped to shorter months
     * @return «ежемесячно до 5 числа»: each month by that day
     * @throws IllegalArgumentException if {@code day} is not between 1 and 31
     */
    public static Recurring monthlyBy(int day) {
        return new Recurring(Frequency.MONTHLY, Optional.empty(), OptionalInt.of(day), Optional.empty(), true,
                Optional.empty());
    }

    /** @return «ежеквартально»: each quarter, by its last day */
    public static Recurring quarterly() {
        return of(Frequency.QUARTERLY);
    }

    /**
     * @param day  the day of the month following each quarter, 1 to 31; clamped to shorter months
     * @return «ежеквартально до 5 числа месяца, следующего за отчётным кварталом»
     * @throws IllegalArgumentException if {@code day} is not between 1 and 31
     */
    public static Recurring quarterlyAfterBy(int day) {
        return new Recurring(Frequency.QUARTERLY, Optional.empty(), OptionalInt.of(day), Optional.empty(), true,
                Optional.empty());
    }

    /**
     * @param day  the day of the last month of each quarter, 1 to 31; clamped to shorter months
     * @return «ежеквартально, 15 числа»: on that day of March, June, September and December (the
     *     reading of «на 15.12.2020, ежеквартально» anchored on its first day)
     * @throws IllegalArgumentException if {@code day} is not between 1 and 31
     */
    public static Recurring quarterlyOn(int day) {
        return new Recurring(Frequency.QUARTERLY, Optional.empty(), OptionalInt.of(day), Optional.empty(), false,
                Optional.empty());
    }

    /** @return «раз в полугодие»: each half-year, by 30 June and 31 December */
    public static Recurring halfYearly() {
        return of(Frequency.HALF_YEARLY);
    }

    /** @return «ежегодно»: each year, by 31 December */
    public static Recurring yearly() {
        return of(Frequency.YEARLY);
    }

    /**
     * @param month  the month, not null
     * @return «ежегодно в мае»: each year by the end of that month
     */
    public static Recurring yearlyIn(Month month) {
        return new Recurring(Frequency.YEARLY, Optional.empty(), OptionalInt.empty(), Optional.of(month), false,
                Optional.empty());
    }

    /**
     * @param day  the day of the year, not null; 29 February falls on 28 February in other years
     * @return «ежегодно 1 октября»: each year on that day
     */
    public static Recurring yearlyOn(MonthDay day) {
        return new Recurring(Frequency.YEARLY, Optional.empty(), OptionalInt.of(day.getDayOfMonth()),
                Optional.of(day.getMonth()), false, Optional.empty());
    }

    /**
     * @param day  the day of the year, not null; 29 February falls on 28 February in other years
     * @return «ежегодно до 1 октября»: each year by that day
     */
    public static Recurring yearlyBy(MonthDay day) {
        return new Recurring(Frequency.YEARLY, Optional.empty(), OptionalInt.of(day.getDayOfMonth()),
                Optional.of(day.getMonth()), true, Optional.empty());
    }

    /**
     * @param frequency  how often, not null
     * @return a recurrence with no day given
     */
    public static Recurring of(Frequency frequency) {
        return new Recurring(frequency, Optional.empty(), OptionalInt.empty(), Optional.empty(), false,
                Optional.empty());
    }

    /**
     * @param schedule  the schedule or plan that sets the exact dates, not null
     * @return this recurrence with the schedule: «Ежегодно, по графику ОО»
     */
    public Recurring withSchedule(BySchedule schedule) {
        return new Recurring(frequency, dayOfWeek, dayOfMonth, month, by, Optional.of(schedule));
    }

    @Override
    public List<LocalDate> occurrences(DateRange period, EventDates events) {
        if (schedule.isPresent()) {
            return List.of(); // the days live in someone else's schedule
        }
        List<LocalDate> dates = new ArrayList<>();
        LocalDate start = period.startInclusive();
        LocalDate end = period.endInclusive();
        switch (frequency) {
            case WEEKLY:
                for (LocalDate d = start.with(TemporalAdjusters.nextOrSame(dayOfWeek.orElse(DayOfWeek.SUNDAY)));
                        !d.isAfter(end); d = d.plusWeeks(1)) {
                    dates.add(d);
                }
                break;
            case MONTHLY:
            case QUARTERLY:
            case HALF_YEARLY:
                int step = frequency == Frequency.MONTHLY ? 1 : frequency == Frequency.QUARTERLY ? 3 : 6;
                YearMonth last = YearMonth.from(end);
                YearMonth first = YearMonth.from(start);
                if (frequency == Frequency.QUARTERLY && dayOfMonth.isPresent() && by) {
                    first = first.minusMonths(1);
                }
                for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
                    if (m.getMonthValue() % step != 0) {
                        continue;
                    }
                    if (frequency == Frequency.QUARTERLY && dayOfMonth.isPresent() && by) {
                        YearMonth after = m.plusMonths(1);
                        dates.add(after.atDay(Math.min(dayOfMonth.getAsInt(), after.lengthOfMonth())));
                        continue;
                    }
                    dates.add(dayOfMonth.isPresent()
                            ? m.atDay(Math.min(dayOfMonth.getAsInt(), m.lengthOfMonth()))
                            : m.atEndOfMonth());
                }
                break;
            case YEARLY:
            default:
                for (int y = start.getYear(); y <= end.getYear(); y++) {
                    YearMonth m = YearMonth.of(y, month.orElse(Month.DECEMBER));
                    dates.add(dayOfMonth.isPresent()
                            ? m.atDay(Math.min(dayOfMonth.getAsInt(), m.lengthOfMonth()))
                            : m.atEndOfMonth());
                }
                break;
        }
        return Days.within(period, dates);
    }

    /**
     * A recurrence with someone else's schedule is not judged: its days live in that schedule.
     *
     * @return whether it has no schedule
     */
    @Override
    public boolean isJudged() {
        return schedule.isEmpty();
    }

    @Override
    public String toPhrase(Language language) {
        boolean ru = language == Language.RU;
        StringBuilder sb = new StringBuilder();
        switch (frequency) {
            case WEEKLY:
                sb.append(ru ? "еженедельно" : "weekly");
                dayOfWeek.ifPresent(d -> sb.append(ru ? " по " : " on ")
                        .append((ru ? Words.RU_WEEKDAYS_DATIVE_PLURAL : Words.EN_WEEKDAY_PLURAL)[d.ordinal()]));
                break;
            case MONTHLY:
                sb.append(ru ? "ежемесячно" : "monthly");
                if (dayOfMonth.isPresent()) {
                    sb.append(ru ? (by ? " до " : " ") : (by ? " by day " : " on day ")).append(dayOfMonth.getAsInt());
                    if (ru) {
                        sb.append(" числа");
                    }
                }
                break;
            case QUARTERLY:
                sb.append(ru ? "ежеквартально" : "quarterly");
                if (dayOfMonth.isPresent() && by) {
                    sb.append(ru ? " до " + dayOfMonth.getAsInt() + " числа месяца, следующего за отчётным кварталом"
                            : " by day " + dayOfMonth.getAsInt() + " of the month after the quarter");
                } else if (dayOfMonth.isPresent()) {
                    sb.append(ru ? ", " + dayOfMonth.getAsInt() + " числа последнего месяца квартала"
                            : ", on day " + dayOfMonth.getAsInt() + " of the quarter's last month");
                }
                break;
            case HALF_YEARLY:
                sb.append(ru ? "раз в полугодие" : "every half-year");
                break;
            case YEARLY:
            default:
                sb.append(ru ? "ежегодно" : "annually");
                if (dayOfMonth.isPresent()) {
                    MonthDay day = MonthDay.of(month.orElseThrow(), dayOfMonth.getAsInt());
                    sb.append(ru ? (by ? " до " : " ") : (by ? " by " : " on "))
                            .append(ru ? Words.ruDayMonth(day) : Words.enDayMonth(day));
                } else if (month.isPresent()) {
                    sb.append(ru ? " в " + Words.RU_MONTH_PREPOSITIONAL[month.get().ordinal()]
                            : " in " + Words.enMonth(month.get()));
                }
                break;
        }
        schedule.ifPresent(s -> sb.append(", ").append(s.toPhrase(language)));
        return sb.toString();
    }
}
