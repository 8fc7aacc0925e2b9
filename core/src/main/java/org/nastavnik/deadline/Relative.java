package org.nastavnik.deadline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.nastavnik.common.DateRange;
import org.nastavnik.common.Language;

/**
 * Within a time after a named event (в течение … с даты …): «В течение двух недель с даты
 * определения модели», «в течение 10 рабочих дней после утверждения дорожной карты», «в течение
 * месяца с даты назначения куратора».
 *
 * <p>Each date of the event (from {@link EventDates}) gives one due date: the event's date plus
 * the amount. Working days (рабочие дни) are counted by the {@link WorkCalendar} of the event
 * dates ({@link EventDates#workCalendar()}, by default {@link WorkCalendar#russia()}: weekends, the
 * holidays of the Labour Code, art. 112, and the Government's transfers of days off). «Не позднее N
 * дней после …» and «через N дней после …» read the same way.
 *
 * @param amount  how many units, 1 to 9999
 * @param unit  the unit, not null
 * @param event  the event counted from, not null
 */
public record Relative(int amount, Unit unit, EventRef event) implements Deadline {

    /** The unit of a relative deadline. */
    public enum Unit {
        /** Календарные дни. */
        CALENDAR_DAYS,
        /** Рабочие дни, by a {@link WorkCalendar}. */
        WORKING_DAYS,
        /** Недели. */
        WEEKS,
        /** Месяцы. */
        MONTHS
    }

    /**
     * Checks the parts.
     *
     * @param amount  how many units, 1 to 9999
     * @param unit  the unit, not null
     * @param event  the event, not null
     * @throws IllegalArgumentException if {@code amount} is not between 1 and 9999
     */
    public Relative {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(event, "event");
        if (amount < 1 || amount > 9999) {
            throw new IllegalArgumentException("amount (" + amount + ") must be between 1 and 9999");
        }
    }

    /**
     * Obtains a deadline relative to an event.
     *
     * @param amount  how many units, 1 to 9999
     * @param unit  the unit, not null
     * @param event  the event counted from, not null
     * @return the deadline
     * @throws IllegalArgumentException if {@code amount} is not between 1 and 9999
     */
    public static Relative of(int amount, Unit unit, EventRef event) {
        return new Relative(amount, unit, event);
    }

    /**
     * Obtains a deadline relative to a named event.
     *
     * @param amount  how many units, 1 to 9999
     * @param unit  the unit, not null
     * @param event  the event counted from, not null
     * @return the deadline
     * @throws IllegalArgumentException if {@code amount} is not between 1 and 9999
     */
    public static Relative of(int amount, Unit unit, NamedEvent event) {
        return new Relative(amount, unit, EventRef.of(event));
    }

    /**
     * The due date for one date of the event, working days counted by {@link WorkCalendar#russia()}.
     *
     * @param eventDate  the day the event happened, not null
     * @return that day plus the amount
     */
    public LocalDate dueAfter(LocalDate eventDate) {
        return dueAfter(eventDate, WorkCalendar.russia());
    }

    /**
     * The due date for one date of the event.
     *
     * @param eventDate  the day the event happened, not null
     * @param calendar  the calendar working days are counted by, not null
     * @return that day plus the amount
     */
    public LocalDate dueAfter(LocalDate eventDate, WorkCalendar calendar) {
        switch (unit) {
            case CALENDAR_DAYS:
                return eventDate.plusDays(amount);
            case WORKING_DAYS:
                return calendar.plusWorkingDays(eventDate, amount);
            case WEEKS:
                return eventDate.plusWeeks(amount);
            case MONTHS:
            default:
                return eventDate.plusMonths(amount);
        }
    }

    @Override
    public List<LocalDate> occurrences(DateRange period, EventDates events) {
        List<LocalDate> dates = new ArrayList<>();
        WorkCalendar calendar = events.workCalendar();
        for (LocalDate d : events.datesOf(event)) {
            dates.add(dueAfter(d, calendar));
        }
        return Days.within(period, dates);
    }

    @Override
    public String toPhrase(Language language) {
        if (language == Language.RU) {
            String word;
            switch (unit) {
                case CALENDAR_DAYS:
                    word = Words.genitiveAfter(amount, "дня", "дней");
                    break;
                case WORKING_DAYS:
                    word = Words.genitiveAfter(amount, "рабочего дня", "рабочих дней");
                    break;
                case WEEKS:
                    word = Words.genitiveAfter(amount, "недели", "недель");
                    break;
                case MONTHS:
                default:
                    word = Words.genitiveAfter(amount, "месяца", "месяцев");
                    break;
            }
            return "в течение " + (amount == 1 ? "" : amount + " ") + word + " с даты " + event.toPhrase(language);
        }
        String word;
        switch (unit) {
            case CALENDAR_DAYS:
                word = amount == 1 ? "day" : "days";
                break;
            case WORKING_DAYS:
                word = amount == 1 ? "working day" : "working days";
                break;
            case WEEKS:
                word = amount == 1 ? "week" : "weeks";
                break;
            case MONTHS:
            default:
                word = amount == 1 ? "month" : "months";
                break;
        }
        return "within " + amount + " " + word + " of " + event.toPhrase(language);
    }
}
