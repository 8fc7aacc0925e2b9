package org.nastavnik.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.nastavnik.deadline.DeadlineStatus;
import org.nastavnik.deadline.EventDates;
import org.nastavnik.deadline.EventRef;
import org.nastavnik.deadline.NamedEvent;
import org.nastavnik.model.Activity;
import org.nastavnik.model.Completion;
import org.nastavnik.common.DateRange;
import org.nastavnik.model.Roadmap;
import org.nastavnik.model.Snapshot;

/**
 * The timeline of a roadmap: each activity with the state of each of its due dates as of a
 * day, computed from the activity's deadline and the snapshot's completions
 * ({@link org.nastavnik.deadline.Deadline#status}) and, for deadlines relative to an event, the
 * dates of that event the snapshot records, as the roadmap rules judge them (without their grace
 * days).
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
            timelines.add(of(roadmap, snapshot.completions(), events(snapshot, roadmap), asOf));
        }
        return timelines;
    }

    /**
     * The dates of the events a relative deadline counts from («в течение двух недель с даты
     * определения модели»), as the snapshot records them over every organization: forms adopted,
     * curators appointed, pairs formed, programmes started and ended, the roadmap approved and
     * the school years started.
     */
    static EventDates events(Snapshot snapshot, Roadmap roadmap) {
        Map<EventRef, List<LocalDate>> dates = new HashMap<>();
        snapshot.formAdoptions().forEach(a -> add(dates, NamedEvent.FORM_ADOPTION, a.adoptedOn()));
        snapshot.curatorAppointments().forEach(c -> add(dates, NamedEvent.CURATOR_APPOINTMENT, c.appointedOn()));
        snapshot.mentorships().forEach(m -> add(dates, NamedEvent.PAIR_FORMATION, m.formedOn()));
        snapshot.programmes().forEach(p -> {
            add(dates, NamedEvent.PROGRAMME_START, p.period().startInclusive());
            add(dates, NamedEvent.PROGRAMME_END, p.period().endInclusive());
        });
        roadmap.approval().date().ifPresent(d -> add(dates, NamedEvent.ROADMAP_APPROVAL, d));
        DateRange period = period(roadmap, snapshot.asOf());
        for (int y = period.startInclusive().getYear() - 1; y <= period.endInclusive().getYear(); y++) {
            add(dates, NamedEvent.SCHOOL_YEAR_START, LocalDate.of(y, 9, 1));
        }
        return EventDates.of(dates);
    }

    private static void add(Map<EventRef, List<LocalDate>> dates, NamedEvent event, LocalDate date) {
        dates.computeIfAbsent(EventRef.of(event), k -> new ArrayList<>()).add(date);
    }

    private static DateRange period(Roadmap roadmap, LocalDate asOf) {
        return roadmap.period().orElseGet(() ->
                DateRange.schoolYear(asOf.getMonthValue() >= 9 ? asOf.getYear() : asOf.getYear() - 1));
    }

    /**
     * The timeline of one roadmap.
     *
     * @param roadmap  the roadmap, not null
     * @param completions  completions of any roadmap; those of this one count, not null
     * @param events  the dates of the events relative deadlines count from, not null
     * @param asOf  the day to judge as of, not null
     * @return the timeline
     */
    public static Timeline of(Roadmap roadmap, List<Completion> completions, EventDates events, LocalDate asOf) {
        DateRange period = period(roadmap, asOf);
        List<Row> rows = new ArrayList<>();
        for (Activity a : roadmap.activities()) {
            List<LocalDate> done = completions.stream()
                    .filter(c -> c.roadmapId().equals(roadmap.id()) && c.activityNumber().equals(a.number()))
                    .map(Completion::completedOn)
                    .toList();
            DeadlineStatus status = a.deadline().status(asOf, period, done, events);
            rows.add(new Row(a.number(), a.title(), a.deadline().toPhrase(org.nastavnik.common.Language.RU),
                    a.deadline().toPhrase(org.nastavnik.common.Language.EN), status, state(status)));
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
