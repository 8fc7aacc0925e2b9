package org.nastavnik.duty;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * One occurrence of a duty as it stands on the day of judgement.
 *
 * @param occurrence  the occurrence, not null
 * @param state  its state, exactly one, not null
 * @param completedOn  the completion credited to it; present exactly for {@link State#DONE} and
 *     {@link State#DONE_LATE}, not null
 * @param days  for {@link State#DONE_LATE} the days from the due day to the completion, for
 *     {@link State#OVERDUE} the days from the due day to the day of judgement, for
 *     {@link State#UPCOMING} the days left; 0 otherwise
 */
public record JudgedOccurrence(Occurrence occurrence, State state, Optional<LocalDate> completedOn, long days) {

    /** The state of an occurrence on the day of judgement. */
    public enum State {
        /** Done on or before the due day (выполнено в срок). */
        DONE,
        /** Done after the due day (выполнено с опозданием): {@link #days()} late. */
        DONE_LATE,
        /** Not done, and the due day has passed (просрочено): {@link #days()} overdue. */
        OVERDUE,
        /** Not done, due on the day of judgement (срок сегодня). */
        DUE_TODAY,
        /** Not done, due later (предстоит). */
        UPCOMING
    }

    /**
     * Checks the parts.
     *
     * @param occurrence  the occurrence, not null
     * @param state  the state, not null
     * @param completedOn  present exactly when done, not null
     * @param days  not negative
     * @throws IllegalArgumentException if {@code completedOn} does not fit {@code state} or {@code days} is negative
     */
    public JudgedOccurrence {
        Objects.requireNonNull(occurrence, "occurrence");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(completedOn, "completedOn");
        if (isDone(state) != completedOn.isPresent()) {
            throw new IllegalArgumentException("completedOn (" + completedOn + ") does not fit state " + state);
        }
        if (days < 0) {
            throw new IllegalArgumentException("days (" + days + ") must not be negative");
        }
    }

    private static boolean isDone(State state) {
        return state == State.DONE || state == State.DONE_LATE;
    }

    /** @return the due day */
    public LocalDate dueOn() {
        return occurrence.dueOn();
    }

    /** @return whether it was done, on time or late */
    public boolean done() {
        return isDone(state);
    }

    /** @return whether it was done late */
    public boolean late() {
        return state == State.DONE_LATE;
    }

    /** @return whether it is overdue */
    public boolean overdue() {
        return state == State.OVERDUE;
    }

    /** @return whether it is not done yet and not overdue: due today or later */
    public boolean pending() {
        return state == State.DUE_TODAY || state == State.UPCOMING;
    }

    static long between(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to);
    }
}
