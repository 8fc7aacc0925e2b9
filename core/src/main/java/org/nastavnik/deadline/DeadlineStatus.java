package org.nastavnik.deadline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The state of a deadline's occurrences as of a date (состояние исполнения): see
 * {@link Deadline#status(LocalDate, org.nastavnik.common.DateRange, java.util.Collection, EventDates)}.
 *
 * @param kind  whether the deadline could be judged, not null
 * @param occurrences  each due date within the period with its state, sorted by due date, not null
 */
public record DeadlineStatus(Kind kind, List<Occurrence> occurrences) {

    /** Whether a deadline could be judged. */
    public enum Kind {
        /** The deadline has due dates; each occurrence is judged. */
        JUDGED,
        /** Continuous, scheduled elsewhere, as needed or unrecognized: nothing to judge. */
        NOT_JUDGED
    }

    /** The state of one occurrence. */
    public enum State {
        /** Completed on or before the due date (выполнено в срок). */
        DONE,
        /** Completed after the due date, on or before the day of judgement (выполнено с опозданием). */
        DONE_LATE,
        /** Not completed, and the due date has passed (просрочено). */
        OVERDUE,
        /** Not completed, due on the day of judgement (срок сегодня). */
        DUE_TODAY,
        /** Not completed, due later (предстоит). */
        UPCOMING
    }

    /**
     * One due date and its state.
     *
     * @param dueDate  the due date, not null
     * @param state  the state, not null
     * @param completedOn  the completion consumed by this occurrence, if any, not null
     */
    public record Occurrence(LocalDate dueDate, State state, Optional<LocalDate> completedOn) {

        /**
         * Checks the parts.
         *
         * @param dueDate  the due date, not null
         * @param state  the state, not null
         * @param completedOn  the completion, present exactly for {@code DONE} and {@code DONE_LATE}
         * @throws IllegalArgumentException if {@code completedOn} does not fit {@code state}
         */
        public Occurrence {
            Objects.requireNonNull(dueDate, "dueDate");
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(completedOn, "completedOn");
            boolean done = state == State.DONE || state == State.DONE_LATE;
            if (done != completedOn.isPresent()) {
                throw new IllegalArgumentException("completedOn (" + completedOn + ") does not fit state " + state);
            }
        }
    }

    /**
     * Checks the parts.
     *
     * @param kind  whether judged, not null
     * @param occurrences  the occurrences, none when not judged, not null
     * @throws IllegalArgumentException if a not-judged status has occurrences
     */
    public DeadlineStatus {
        Objects.requireNonNull(kind, "kind");
        occurrences = List.copyOf(occurrences);
        if (kind == Kind.NOT_JUDGED && !occurrences.isEmpty()) {
            throw new IllegalArgumentException("occurrences (" + occurrences.size() + ") must be empty when NOT_JUDGED");
        }
    }

    /** @return the status of a deadline that cannot be judged */
    public static DeadlineStatus notJudged() {
        return new DeadlineStatus(Kind.NOT_JUDGED, List.of());
    }

    /** @return whether the deadline could be judged */
    public boolean isJudged() {
        return kind == Kind.JUDGED;
    }

    /** @return whether at least one occurrence is overdue */
    public boolean isOverdue() {
        return occurrences.stream().anyMatch(o -> o.state() == State.OVERDUE);
    }

    /** @return the overdue occurrences, sorted, not null */
    public List<Occurrence> overdue() {
        List<Occurrence> list = new ArrayList<>();
        for (Occurrence o : occurrences) {
            if (o.state() == State.OVERDUE) {
                list.add(o);
            }
        }
        return List.copyOf(list);
    }

    /** @return the first occurrence due today or later and not yet done, if any */
    public Optional<Occurrence> next() {
        return occurrences.stream()
                .filter(o -> o.state() == State.DUE_TODAY || o.state() == State.UPCOMING)
                .findFirst();
    }
}
