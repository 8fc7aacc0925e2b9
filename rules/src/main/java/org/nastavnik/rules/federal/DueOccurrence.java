package org.nastavnik.rules.federal;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One due occurrence of a roadmap activity as judged on the check date, with the grace days
 * applied: a fact the roadmap-execution rules match with {@code from}.
 *
 * @param dueOn  the due date the roadmap sets, not null
 * @param state  how it stands on the check date, not null
 * @param completedOn  the completion matched to it; present exactly for {@link State#LATE}
 *     (an on-time occurrence is never listed)
 * @param completionsSeen  how many completions of the activity, on or before the check date, were seen
 */
public record DueOccurrence(LocalDate dueOn, State state, Optional<LocalDate> completedOn, int completionsSeen) {

    /** How an occurrence stands. */
    public enum State {
        /** Completed, but more than the grace days after the due date. */
        LATE,
        /** Not completed, and more than the grace days have passed since the due date. */
        OVERDUE,
        /** Not completed, and still on time: due later, today, or within the grace days. */
        PENDING
    }

    /**
     * Checks the parts.
     *
     * @param dueOn  the due date, not null
     * @param state  the state, not null
     * @param completedOn  the matched completion, present exactly for {@link State#LATE}
     * @param completionsSeen  the completions seen, not negative
     * @throws IllegalArgumentException if {@code completedOn} does not fit {@code state} or the count is negative
     */
    public DueOccurrence {
        Objects.requireNonNull(dueOn, "dueOn");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(completedOn, "completedOn");
        if ((state == State.LATE) != completedOn.isPresent()) {
            throw new IllegalArgumentException("completedOn (" + completedOn + ") does not fit state " + state);
        }
        if (completionsSeen < 0) {
            throw new IllegalArgumentException("completionsSeen (" + completionsSeen + ") must not be negative");
        }
    }

    /** @return whether it was completed late */
    public boolean late() {
        return state == State.LATE;
    }

    /** @return whether it is overdue */
    public boolean overdue() {
        return state == State.OVERDUE;
    }

    /** @return whether it is not completed yet and still on time */
    public boolean pending() {
        return state == State.PENDING;
    }
}
