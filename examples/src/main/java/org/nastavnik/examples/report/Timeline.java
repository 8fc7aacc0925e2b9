package org.nastavnik.examples.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.nastavnik.deadline.DeadlineStatus;
import org.nastavnik.model.Activity;
import org.nastavnik.model.Completion;
import org.nastavnik.model.DateRange;
import org.nastavnik.model.Roadmap;
import org.nastavnik.model.Snapshot;

/**
 * The timeline of a roadmap: each activity with the state of each of its due dates as of a
 * day, computed from the activity's deadline and the snapshot's completions
 * ({@link org.nastavnik.deadline.Deadline#status}).
 *
 * @param roadmapId  the roadmap's id, not null
 * @param title  the roadmap's title, not null
 * @param period  the period judged: the roadmap's own, or else the school year of the day, not null
 * @param asOf  the day of judgement, not null
 * @param rows  one row per activity, in the roadmap's order, not null
 */
public record Timeline(String roadmapId, String title, DateRange period, LocalDate asOf, List<Row> rows) {

    /** The state of an activity as a whole. */
    public enum State {
        /** Every due date so far was met, on time or late, and none is left in the period. */
        DONE,
        /** At least one due date passed with no completion. */
        OVERDUE,
        /** Nothing is overdue; a due date is still ahead (or today). */
        UPCOMING,
        /** The deadline cannot be judged (continuous, by someone else's schedule, unrecognized) or has no due date in the period. */
        NOT_JUDGED
    }

    /**
     * One activity of the timeline.
     *
     * @param number  the activity's number, such as "2.1", not null
     * @param title  the activity's title, not null
     * @param deadlineRu  the deadline as a Russian phrase, not null
     * @param deadlineEn  the deadline as an English phrase, not null
     * @param status  the state of each due date, not null
     * @param state  the state of the activity as a whole, not null
     */
    public record Row(String number, String title, String deadlineRu, String deadlineEn, DeadlineStatus status,
            State state) {

        /**
         * Checks the parts.
         *
         * @param number  the activity's number, not null
         * @param title  the title, not null
         * @param deadlineRu  the Russian phrase, not null
         * @param deadlineEn  the English phrase, not null
         * @param status  the status, not null
         * @param state  the state, not null
         */
        public Row {
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(deadlineRu, "deadlineRu");
            Objects.requireNonNull(deadlineEn, "deadlineEn");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(state, "state");
        }
    }

    /**
     * Checks the parts.
     *
     * @param roadmapId  the roadmap's id, not null
     * @param title  the title, not null
     * @param period  the period, not null
     * @param asOf  the day, not null
     * @param rows  the rows, not null
     */
    public Timeline {
        Objects.requireNonNull(roadmapId, "roadmapId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(asOf, "asOf");
        rows = List.copyOf(rows);
    }

    /**
     * The timelines of every roadmap of a snapshot.
     *
     * @param snapshot  the snapshot, not null
     * @param asOf  the day to judge as of, not null
     * @return one timeline per roadmap, in the snapshot's order
     */
    public static List<Timeline> of(Snapshot snapshot, LocalDate asOf) {
        List<Timeline> timelines = new ArrayList<>();
        for (Roadmap roadmap : snapshot.roadmaps()) {
            timelines.add(of(roadmap, snapshot.completions(), asOf));
        }
        return timelines;
    }

    /**
     * The timeline of one roadmap.
     *
     * @param roadmap  the roadmap, not null
     * @param completions  completions of any roadmap; those of this one count, not null
     * @param asOf  the day to judge as of, not null
     * @return the timeline
     */
    public static Timeline of(Roadmap roadmap, List<Completion> completions, LocalDate asOf) {
        DateRange period = roadmap.period().orElseGet(() ->
                DateRange.schoolYear(asOf.getMonthValue() >= 9 ? asOf.getYear() : asOf.getYear() - 1));
        List<Row> rows = new ArrayList<>();
        for (Activity a : roadmap.activities()) {
            List<LocalDate> done = completions.stream()
                    .filter(c -> c.roadmapId().equals(roadmap.id()) && c.activityNumber().equals(a.number()))
                    .map(Completion::completedOn)
                    .toList();
            DeadlineStatus status = a.deadline().status(asOf, period, done);
            rows.add(new Row(a.number(), a.title(), a.deadline().toPhrase(org.nastavnik.model.Language.RU),
                    a.deadline().toPhrase(org.nastavnik.model.Language.EN), status, state(status)));
        }
        return new Timeline(roadmap.id(), roadmap.title(), period, asOf, rows);
    }

    private static State state(DeadlineStatus status) {
        if (!status.isJudged() || status.occurrences().isEmpty()) {
            return State.NOT_JUDGED;
        }
        if (status.isOverdue()) {
            return State.OVERDUE;
        }
        return status.next().isPresent() ? State.UPCOMING : State.DONE;
    }

    /**
     * @param state  a state
     * @return how many rows are in that state
     */
    public long count(State state) {
        return rows.stream().filter(r -> r.state() == state).count();
    }
}
