package org.nastavnik.duty;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The occurrences of a duty clipped to the days a check needs, at most
 * {@link Duty#MAX_OCCURRENCES}: when more would fall due, only the latest are kept and
 * {@link #truncated()} says so. Its size never depends on how far apart the dates given are.
 *
 * @param occurrences  the occurrences due from {@code from} to {@code to}, by due day, not null
 * @param from  the first day an occurrence may fall due on, not null
 * @param to  the last day an occurrence may fall due on, not null
 * @param truncated  whether earlier occurrences were left out to keep the cap
 * @param notOwed  the occurrence falling due on or after the duty's start that is not owed
 *     because its {@linkplain Occurrence#period() period} began before the duty did (the latest
 *     such, of the first, partial period), if any, not null
 */
public record Schedule(List<Occurrence> occurrences, LocalDate from, LocalDate to, boolean truncated,
        Optional<Occurrence> notOwed) {

    /**
     * Copies the list.
     *
     * @param occurrences  the occurrences, not null
     * @param from  the first day, not null
     * @param to  the last day, not null
     * @param truncated  whether some were left out
     * @param notOwed  the occurrence of a partial first period, not null
     */
    public Schedule {
        occurrences = List.copyOf(occurrences);
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(notOwed, "notOwed");
    }

    /**
     * A schedule with every occurrence owed.
     *
     * @param occurrences  the occurrences, not null
     * @param from  the first day, not null
     * @param to  the last day, not null
     * @param truncated  whether some were left out
     */
    public Schedule(List<Occurrence> occurrences, LocalDate from, LocalDate to, boolean truncated) {
        this(occurrences, from, to, truncated, Optional.empty());
    }

    /** @return the due days, in order */
    public List<LocalDate> dueDates() {
        return occurrences.stream().map(Occurrence::dueOn).toList();
    }
}
