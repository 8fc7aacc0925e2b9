package org.nastavnik.rules.facts;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.nastavnik.deadline.Deadline;
import org.nastavnik.deadline.EventDates;
import org.nastavnik.deadline.EventRef;
import org.nastavnik.deadline.NamedEvent;
import org.nastavnik.deadline.Relative;

/**
 * The distinct dates on which the checked records show one kind of event: forms adopted
 * (определение формы наставничества), curators appointed, pairs formed, programmes started or
 * ended. A roadmap activity whose deadline counts from such an event («в течение двух недель с
 * даты определения модели») joins this one fact instead of collecting every record of the
 * territory, so that a pair formed on a day already recorded changes nothing for the roadmaps.
 *
 * <p>The engine inserts one per {@link #RECORDED recorded event}, and one with the key
 * {@link #NONE} (no dates) for the activities whose deadline counts from no recorded event; it
 * keeps them current in a {@link org.nastavnik.rules.ComplianceSession}. Rules only read them.
 */
public final class RecordedEvents implements EventDates {

    /** The events the records show with dates, in the order the engine inserts them. */
    public static final List<NamedEvent> RECORDED = List.of(NamedEvent.FORM_ADOPTION,
            NamedEvent.CURATOR_APPOINTMENT, NamedEvent.PAIR_FORMATION, NamedEvent.PROGRAMME_START,
            NamedEvent.PROGRAMME_END);

    /** The key of the activities whose deadline counts from no recorded event. */
    public static final String NONE = "NONE";

    private final String key;
    private final List<LocalDate> dates;

    RecordedEvents(String key, List<LocalDate> dates) {
        this.key = Objects.requireNonNull(key, "key");
        this.dates = List.copyOf(dates);
    }

    /**
     * The key an activity with this deadline joins: the name of its recorded event, or
     * {@link #NONE}.
     *
     * @param deadline  a deadline, not null
     * @return the key
     */
    public static String keyOf(Deadline deadline) {
        if (deadline instanceof Relative r) {
            Optional<NamedEvent> named = r.event().named();
            if (named.isPresent() && RECORDED.contains(named.get())) {
                return named.get().name();
            }
        }
        return NONE;
    }

    /** @return the name of the {@link NamedEvent}, or {@link #NONE} */
    public String key() {
        return key;
    }

    /** @return the distinct dates in ascending order; empty when the records show none */
    public List<LocalDate> dates() {
        return dates;
    }

    /**
     * @param event  an event, not null
     * @return the dates when it is this fact's event, otherwise none
     */
    @Override
    public List<LocalDate> datesOf(EventRef event) {
        Optional<NamedEvent> named = event.named();
        return named.isPresent() && named.get().name().equals(key) ? dates : List.of();
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof RecordedEvents other && key.equals(other.key) && dates.equals(other.dates);
    }

    @Override
    public int hashCode() {
        return key.hashCode() * 31 + dates.hashCode();
    }

    @Override
    public String toString() {
        return "RecordedEvents{" + key + ", " + dates.size() + " dates}";
    }
}
