package org.nastavnik.deadline;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.nastavnik.common.DateRange;
import org.nastavnik.common.Language;

/**
 * By a date (до даты): «до 07.03.2022», «не позднее 1 октября 2022 года», «В срок до 15 марта
 * 2022 года», «до 1 января 2021 года». The date named is the due date.
 *
 * @param date  the due date, not null
 */
public record ByDate(LocalDate date) implements Deadline {

    /**
     * Checks the date.
     *
     * @param date  the due date, not null
     */
    public ByDate {
        Objects.requireNonNull(date, "date");
        Words.checkYear("year of date", date.getYear());
    }

    /**
     * Obtains a deadline by a date.
     *
     * @param date  the due date, not null
     * @return the deadline
     */
    public static ByDate of(LocalDate date) {
        return new ByDate(date);
    }

    @Override
    public List<LocalDate> occurrences(DateRange period, EventDates events) {
        return Days.within(period, date);
    }

    @Override
    public String toPhrase(Language language) {
        return language == Language.RU ? "до " + Words.ruDate(date) : "by " + Words.enDate(date);
    }
}
