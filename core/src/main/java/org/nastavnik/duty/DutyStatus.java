package org.nastavnik.duty;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A duty as judged on a day: see {@link Duty#judge}.
 *
 * @param duty  the duty judged, not null
 * @param notJudged  why it was not judged, if it was not; then it has no occurrences, not null
 * @param occurrences  each occurrence due from the duty's start to the end of the horizon, with
 *     its state, by due day, not null
 * @param uncredited  the completions on or before the day of judgement credited to no
 *     occurrence (done again before the next window opened, or before the first), sorted, not null
 * @param truncated  whether earlier occurrences were left out to keep {@link Duty#MAX_OCCURRENCES}
 * @param notOwed  the occurrence due after the duty's start but not owed, because its period
 *     began before the duty did (see {@link Schedule#notOwed()}), if any, not null
 */
public record DutyStatus(Duty duty, Optional<NotJudged> notJudged, List<JudgedOccurrence> occurrences,
        List<LocalDate> uncredited, boolean truncated, Optional<Occurrence> notOwed) {

    /**
     * Copies the lists.
     *
     * @param duty  the duty, not null
     * @param notJudged  the reason, not null
     * @param occurrences  the occurrences, none when not judged, not null
     * @param uncredited  the completions not credited, not null
     * @param truncated  whether some were left out
     * @param notOwed  the occurrence of a partial first period, not null
     * @throws IllegalArgumentException if a duty not judged has occurrences
     */
    public DutyStatus {
        Objects.requireNonNull(duty, "duty");
        Objects.requireNonNull(notJudged, "notJudged");
        Objects.requireNonNull(notOwed, "notOwed");
        occurrences = List.copyOf(occurrences);
        uncredited = List.copyOf(uncredited);
        if (notJudged.isPresent() && !occurrences.isEmpty()) {
            throw new IllegalArgumentException("occurrences (" + occurrences.size() + ") must be empty when not judged");
        }
    }

    /** @return whether the duty was judged */
    public boolean isJudged() {
        return notJudged.isEmpty();
    }

    /** @return the occurrences overdue, in order */
    public List<JudgedOccurrence> overdue() {
        return occurrences.stream().filter(JudgedOccurrence::overdue).toList();
    }

    /** @return the occurrences done late, in order */
    public List<JudgedOccurrence> late() {
        return occurrences.stream().filter(JudgedOccurrence::late).toList();
    }

    /** @return the occurrences not done yet and not overdue, in order */
    public List<JudgedOccurrence> pending() {
        return occurrences.stream().filter(JudgedOccurrence::pending).toList();
    }

    /** @return the occurrences not done on time: late, overdue and pending, in order */
    public List<JudgedOccurrence> notOnTime() {
        return occurrences.stream().filter(o -> o.state() != JudgedOccurrence.State.DONE).toList();
    }

    /** @return how many completions (on or before the day of judgement) were seen */
    public int completionsSeen() {
        return (int) occurrences.stream().filter(JudgedOccurrence::done).count() + uncredited.size();
    }
}
