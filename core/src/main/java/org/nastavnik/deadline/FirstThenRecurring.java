package org.nastavnik.deadline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.nastavnik.common.DateRange;
import org.nastavnik.common.Language;

/**
 * A first date, then a recurrence (сначала к дате, затем периодически): «на 15.12.2020,
 * ежеквартально». Due on the first date, then on each occurrence of the recurrence in a later
 * recurrence period than the first date's: the report due on 15.12.2020 stands for the fourth
 * quarter of 2020, so the next one is due at the end of the first quarter of 2021, not on
 * 31.12.2020.
 *
 * @param first  the first due date, not null
 * @param then  the recurrence after the first date, not null
 */
public record FirstThenRecurring(LocalDate first, Recurring then) implements Deadline {

    /**
     * Checks the parts.
     *
     * @param first  the first due date, not null
     * @param then  the recurrence, not null
     */
    public FirstThenRecurring {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(then, "then");
        Words.checkYear("year of first", first.getYear());
    }

    /**
     * Obtains a deadline on a first date, then recurring.
     *
     * @param first  the first due date, not null
     * @param then  the recurrence after the first date, not null
     * @return the deadline
     */
    public static FirstThenRecurring of(LocalDate first, Recurring then) {
        return new FirstThenRecurring(first, then);
    }

    @Override
    public List<LocalDate> occurrences(DateRange period, EventDates events) {
        List<LocalDate> dates = new ArrayList<>();
        dates.add(first);
        for (LocalDate d : then.occurrences(period, events)) {
            if (d.isAfter(first) && !samePeriod(d, first, then.frequency())) {
                dates.add(d);
            }
        }
        return Days.within(period, dates);
    }

    private static boolean samePeriod(LocalDate a, LocalDate b, Recurring.Frequency frequency) {
        return switch (frequency) {
            case WEEKLY -> a.with(java.time.DayOfWeek.MONDAY).equals(b.with(java.time.DayOfWeek.MONDAY));
            case MONTHLY -> a.getYear() == b.getYear() && a.getMonth() == b.getMonth();
            case QUARTERLY -> a.getYear() == b.getYear() && (a.getMonthValue() - 1) / 3 == (b.getMonthValue() - 1) / 3;
            case HALF_YEARLY -> a.getYear() == b.getYear() && (a.getMonthValue() - 1) / 6 == (b.getMonthValue() - 1) / 6;
            case YEARLY -> a.getYear() == b.getYear();
        };
    }

    @Override
    public String toPhrase(Language language) {
        return language == Language.RU
                ? "на " + Words.ruDate(first) + ", " + then.toPhrase(language)
                : "on " + Words.enDate(first) + ", then " + then.toPhrase(language);
    }
}
