package org.nastavnik.deadline;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The dates on which named events happened, for {@link Relative} deadlines: for instance each
 * date on which an organization adopted a mentoring form (определение формы наставничества).
 * Implement it over your own records, or use {@link #of(Map)}. It also carries the
 * {@link WorkCalendar} that working-day deadlines count by.
 */
public interface EventDates {

    /**
     * The dates of an event.
     *
     * @param event  the event, not null
     * @return the dates on which it happened, in any order, empty if none, not null
     */
    List<LocalDate> datesOf(EventRef event);

    /** @return the calendar working-day deadlines count by; {@link WorkCalendar#russia()} unless replaced */
    default WorkCalendar workCalendar() {
        return WorkCalendar.russia();
    }

    /**
     * @param calendar  the calendar to count working days by, not null
     * @return the same dates, counted by that calendar
     */
    default EventDates withWorkCalendar(WorkCalendar calendar) {
        java.util.Objects.requireNonNull(calendar, "calendar");
        EventDates dates = this;
        return new EventDates() {
            @Override
            public List<LocalDate> datesOf(EventRef event) {
                return dates.datesOf(event);
            }

            @Override
            public WorkCalendar workCalendar() {
                return calendar;
            }
        };
    }

    /** @return no event dates at all */
    static EventDates none() {
        return event -> List.of();
    }

    /**
     * Event dates from a map.
     *
     * @param dates  the dates of each event, not null; copied
     * @return the event dates
     */
    static EventDates of(Map<EventRef, ? extends Collection<LocalDate>> dates) {
        Map<EventRef, List<LocalDate>> copy = new HashMap<>();
        dates.forEach((k, v) -> copy.put(k, List.copyOf(new TreeSet<>(v))));
        return event -> copy.getOrDefault(event, List.of());
    }

    /**
     * Event dates of one named event.
     *
     * @param event  the event, not null
     * @param dates  the dates on which it happened, not null
     * @return the event dates
     */
    static EventDates of(NamedEvent event, LocalDate... dates) {
        return of(Map.of(EventRef.of(event), List.of(dates)));
    }
}
