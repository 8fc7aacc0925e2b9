package org.nastavnik.deadline;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.nastavnik.common.DateRange;
import org.nastavnik.common.Language;

/**
 * On an exact date (в дату): «08.10.2020», «на 15.12.2020».
 *
 * @param date  the due date, not null
 */
public record OnDate(LocalDate date) implements Deadline {

    /**
     * Checks the date.
     *
     * @param date  the due date, not null
     */
    public OnDate {
        Objects.requireNonNull(date, "date");
        Words.checkYear("year of date", date.getYear());
    }

    /**
     * Obtains a deadline on a date.
     *
     * @param date  the due date, not null
     * @return the deadline
     */
    public static OnDate of(LocalDate date) {
        return new OnDate(date);
    }

    @Override
    public List<LocalDate> occurrences(DateRange period, EventDates events) {
        return Days.within(period, date);
    }

    @Override
    public String toPhrase(Language language) {
        return language == Language.RU ? Words.ruDate(date) : "on " + Words.enDate(date);
    }
}
