package org.nastavnik.rules.federal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nastavnik.deadline.AsNeeded;
import org.nastavnik.deadline.BySchedule;
import org.nastavnik.deadline.Continuous;
import org.nastavnik.deadline.Deadline;
import org.nastavnik.deadline.DeadlineStatus;
import org.nastavnik.deadline.EventDates;
import org.nastavnik.deadline.EventRef;
import org.nastavnik.deadline.NamedEvent;
import org.nastavnik.deadline.Recurring;
import org.nastavnik.deadline.Relative;
import org.nastavnik.deadline.Unrecognized;
import org.nastavnik.model.Activity;
import org.nastavnik.model.ActivityOrigin;
import org.nastavnik.model.Completion;
import org.nastavnik.common.DateRange;
import org.nastavnik.model.DocumentNote;
import org.nastavnik.model.DocumentRef;
import org.nastavnik.common.Language;
import org.nastavnik.model.Roadmap;
import org.nastavnik.duty.Duty;
import org.nastavnik.duty.DutyStart;
import org.nastavnik.duty.DutyStatus;
import org.nastavnik.duty.JudgedOccurrence;
import org.nastavnik.duty.Readings;
import org.nastavnik.rules.facts.RoadmapActivity;
import org.nastavnik.rules.spi.CheckContext;
import org.nastavnik.rules.spi.DutyChecks;
import org.nastavnik.rules.spi.FindingCollector;
import org.nastavnik.rules.spi.RuleParameters;

/**
 * The calculations behind the roadmap rules ({@code roadmap-execution.drl},
 * {@code roadmap-quality.drl}). Every method is a pure function of its arguments.
 */
public final class RoadmapChecks {

    /** Years around a roadmap's period searched for a deadline's dates outside it. */
    static final int OUTSIDE_SEARCH_YEARS = 5;

    private RoadmapChecks() {
    }

    // ---------------------------------------------------------------- execution

    /**
     * The days within which an activity's occurrences are obligations: the roadmap's period; for
     * a roadmap without one, its approval date to the end of the check's horizon.
     *
     * @param roadmap  the roadmap, not null
     * @param ctx  the check, not null
     * @return the window, or empty when the roadmap has neither a period nor an approval date on
     *     or before the end of the horizon
     */
    public static Optional<DateRange> window(Roadmap roadmap, CheckContext ctx) {
        if (roadmap.period().isPresent()) {
            return roadmap.period();
        }
        Optional<LocalDate> approved = roadmap.approval().date();
        if (approved.isEmpty() || approved.get().isAfter(ctx.horizonEnd())) {
            return Optional.empty();
        }
        return Optional.of(DateRange.of(approved.get(), ctx.horizonEnd()));
    }

    /**
     * Whether the roadmap has no window at all: neither a period nor an approval date (an
     * approval after the horizon is a window not yet open, not a missing one).
     *
     * @param ra  the activity, not null
     * @return whether no window can ever be known
     */
    public static boolean lacksWindow(RoadmapActivity ra) {
        return ra.roadmap().period().isEmpty() && ra.roadmap().approval().date().isEmpty();
    }

    /** The snapshot's events, plus the roadmap's approval and the start of each school year. */
    static EventDates roadmapEvents(Roadmap roadmap, EventDates snapshot, DateRange window) {
        Optional<LocalDate> approved = roadmap.approval().date();
        return event -> {
            if (event.named().isPresent()) {
                switch (event.named().get()) {
                    case ROADMAP_APPROVAL:
                        return approved.map(List::of).orElse(List.of());
                    case SCHOOL_YEAR_START:
                        List<LocalDate> starts = new ArrayList<>();
                        for (int y = window.startInclusive().getYear() - 1; y <= window.endInclusive().getYear(); y++) {
                            starts.add(LocalDate.of(y, 9, 1));
                        }
                        return starts;
                    default:
                        break;
                }
            }
            return snapshot.datesOf(event);
        };
    }

    /**
     * Whether an activity counts from an event of which the snapshot records no date, so that
     * none of its occurrences can be known.
     *
     * @param ra  the activity, not null
     * @param snapshot  the snapshot's events, the {@link org.nastavnik.rules.facts.RecordedEvents} fact its deadline counts from, not null
     * @return whether its deadline is relative to an event with no known date
     */
    public static boolean lacksEventDates(RoadmapActivity ra, EventDates snapshot) {
        if (!(ra.activity().deadline() instanceof Relative r)) {
            return false;
        }
        DateRange any = DateRange.of(LocalDate.of(2000, 1, 1), LocalDate.of(2000, 1, 1));
        return roadmapEvents(ra.roadmap(), snapshot, any).datesOf(r.event()).isEmpty();
    }

    /**
     * The occurrences of an activity that are not done on time, as of the check date: due within
     * the {@link #window(Roadmap, CheckContext) window}, judged with the rule parameter
     * {@code graceDays} (a completion up to that many days after the due date is on time; an
     * occurrence is overdue once that many days have passed). Completions are matched as
     * {@link Deadline#status} matches them, from any organization.
     *
     * @param ra  the activity, not null
     * @param completions  the activity's completions (other facts are ignored), not null
     * @param snapshot  the snapshot's events, not null
     * @param ctx  the check, not null
     * @return the late, overdue and pending occurrences in due order; none for a deadline that is
     *     not judged or a roadmap without a window
     */
    public static List<DueOccurrence> occurrences(RoadmapActivity ra, Collection<?> completions, EventDates snapshot,
            CheckContext ctx) {
        Deadline deadline = ra.activity().deadline();
        Optional<DateRange> window = window(ra.roadmap(), ctx);
        if (!deadline.isJudged() || window.isEmpty()) {
            return List.of();
        }
        int grace = ctx.parameters().get(RuleParameters.GRACE_DAYS);
        LocalDate asOf = ctx.asOf();
        List<LocalDate> shifted = new ArrayList<>();
        int seen = 0;
        for (Object o : completions) {
            if (o instanceof Completion c && !c.completedOn().isAfter(asOf)) {
                shifted.add(c.completedOn().minusDays(grace));
                seen++;
            }
        }
        // Judging with the check date and every completion moved back by the grace days is
        // judging against due dates moved forward by them.
        DeadlineStatus status = deadline.status(asOf.minusDays(grace), window.get(), shifted,
                roadmapEvents(ra.roadmap(), snapshot, window.get()).withWorkCalendar(ctx.workCalendar()));
        List<DueOccurrence> result = new ArrayList<>();
        for (DeadlineStatus.Occurrence o : status.occurrences()) {
            switch (o.state()) {
                case DONE:
                    break;
                case DONE_LATE:
                    result.add(new DueOccurrence(o.dueDate(), DueOccurrence.State.LATE,
                            o.completedOn().map(d -> d.plusDays(grace)), seen));
                    break;
                case OVERDUE:
                    result.add(new DueOccurrence(o.dueDate(), DueOccurrence.State.OVERDUE, Optional.empty(), seen));
                    break;
                default:
                    result.add(new DueOccurrence(o.dueDate(), DueOccurrence.State.PENDING, Optional.empty(), seen));
                    break;
            }
        }
        return result;
    }

    /**
     * When an activity's duty starts: the latest of the roadmap period's start and its approval
     * (a relative deadline's own event gives each occurrence its own window).
     *
     * @param roadmap  the roadmap, not null
     * @return the start, or empty when the roadmap has neither a period nor an approval date
     */
    public static Optional<DutyStart> start(Roadmap roadmap) {
        return DutyStart.latest(roadmap.period().map(DateRange::startInclusive), roadmap.approval().date(),
                Optional.empty());
    }

    /**
     * Judges an activity once: its occurrences from the {@link #start(Roadmap) start} to the end
     * of the roadmap's period and of the check's horizon, matched with its completions (from any
     * organization) with the rule parameter {@code graceDays}.
     *
     * @param ra  the activity, not null
     * @param completions  the activity's completions (other facts are ignored), not null
     * @param snapshot  the snapshot's events, not null
     * @param ctx  the check, not null
     * @return its status, as a list of one; none for a deadline that is not judged or a roadmap without a start
     */
    public static List<DutyStatus> judge(RoadmapActivity ra, Collection<?> completions, EventDates snapshot,
            CheckContext ctx) {
        Deadline deadline = ra.activity().deadline();
        Optional<DutyStart> start = start(ra.roadmap());
        if (Duty.notJudged(deadline).isPresent() || start.isEmpty()) {
            return List.of();
        }
        Duty duty = Duty.of(deadline, start.get()).withGraceDays(ctx.parameters().getInt(RuleParameters.GRACE_DAYS));
        if (ra.roadmap().period().isPresent()) {
            duty = duty.until(ra.roadmap().period().get().endInclusive());
        }
        DateRange window = DateRange.of(start.get().date(),
                start.get().date().isAfter(ctx.horizonEnd()) ? start.get().date() : ctx.horizonEnd());
        return List.of(duty.judge(ctx.asOf(), ctx.horizonEnd(), DutyChecks.dates(completions),
                roadmapEvents(ra.roadmap(), snapshot, window).withWorkCalendar(ctx.workCalendar())));
    }

    /**
     * Fills in a finding about one occurrence of an activity: what was owed, since when and why,
     * how it stands (overdue, done late, upcoming) and the reading of a phrase that could be taken
     * two ways.
     *
     * @param draft  the finding, not null
     * @param ra  the activity, not null
     * @param status  its status, not null
     * @param o  the occurrence, not null
     * @param ctx  the check, not null
     */
    public static void report(FindingCollector.Draft draft, RoadmapActivity ra, DutyStatus status, JudgedOccurrence o,
            CheckContext ctx) {
        Deadline deadline = ra.activity().deadline();
        draft.roadmap(ra.roadmapId())
                .activity(ra.roadmapId(), ra.number())
                .evidence("deadline", phrase(deadline))
                .evidence("graceDays", ctx.parameters().getInt(RuleParameters.GRACE_DAYS))
                .evidence("completionsSeen", status.completionsSeen())
                .evidence("readingRu", Readings.explain(deadline, ra.activity().deadlineText(), Language.RU))
                .evidence("readingEn", Readings.explain(deadline, ra.activity().deadlineText(), Language.EN));
        ra.roadmap().periodBasis().ifPresent(b -> draft.evidence("periodBasis", b));
        DutyChecks.evidence(draft, status, o);
        if (o.overdue()) {
            draft.evidence("escalationDays", ctx.parameters().getInt(RuleParameters.OVERDUE_ESCALATION_DAYS))
                    .evidence("longOverdue", o.days() > ctx.parameters().getInt(RuleParameters.OVERDUE_ESCALATION_DAYS));
        }
        draft.emit();
    }

    /**
     * @param from  the earlier day, not null
     * @param to  the later day, not null
     * @return the days from one to the other
     */
    public static long daysBetween(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to);
    }

    /**
     * @param deadline  a deadline, not null
     * @return its canonical Russian phrase, such as «ежегодно до 1 октября»
     */
    public static String phrase(Deadline deadline) {
        return deadline.toPhrase(Language.RU);
    }

    /**
     * Why a deadline is not judged, for the deadlines that are by their nature not judged:
     * {@code CONTINUOUS} (постоянно), {@code BY_SCHEDULE} (по графику …, в соответствии с планом
     * …, also after a recurrence word) or {@code AS_NEEDED}.
     *
     * @param deadline  a deadline, not null
     * @return the kind, or empty for a judged or unrecognized deadline
     */
    public static Optional<String> notJudgedKind(Deadline deadline) {
        return Duty.notJudged(deadline).flatMap(r -> switch (r) {
            case CONTINUOUS -> Optional.of("CONTINUOUS");
            case OTHERS_SCHEDULE -> Optional.of("BY_SCHEDULE");
            case AS_NEEDED -> Optional.of("AS_NEEDED");
            case UNRECOGNIZED -> Optional.<String>empty();
        });
    }

    /**
     * @param deadline  a deadline, not null
     * @param language  the language, not null
     * @return why it is not judged, in words; empty for a judged deadline
     */
    public static String notJudgedReason(Deadline deadline, Language language) {
        return Duty.notJudged(deadline).map(r -> r.reason(language)).orElse("");
    }

    // ---------------------------------------------------------------- quality

    /**
     * Whether an activity is a heading: another activity of its roadmap is numbered under it
     * (5.1 above 5.1.1). Headings carry no responsible, deadline or result of their own.
     *
     * @param ra  the activity, not null
     * @return whether it has sub-activities
     */
    public static boolean isHeading(RoadmapActivity ra) {
        String prefix = ra.number() + ".";
        for (Activity a : ra.roadmap().activities()) {
            if (a.number().startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an activity of a table with a result column lacks its result. A table has a result
     * column when at least one of its rows states a result; items of the order never have one.
     *
     * @param ra  the activity, not null
     * @return whether it is a table row without a result in a table that has results
     */
    public static boolean lacksExpectedResult(RoadmapActivity ra) {
        Activity a = ra.activity();
        if (a.origin() != ActivityOrigin.TABLE || a.expectedResult().filter(r -> !r.isBlank()).isPresent()) {
            return false;
        }
        for (Activity other : ra.roadmap().activities()) {
            if (other.origin() == ActivityOrigin.TABLE && other.expectedResult().filter(r -> !r.isBlank()).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param ra  the activity, not null
     * @return whether it is a table row whose deadline cell is empty (an item of the order need not
     *     state a deadline: see {@link #statesNoDeadline(RoadmapActivity)})
     */
    public static boolean lacksDeadline(RoadmapActivity ra) {
        return ra.activity().origin() == ActivityOrigin.TABLE && ra.activity().deadlineText().isBlank();
    }

    /**
     * @param ra  the activity, not null
     * @return whether it is an obligation of the order whose item states no deadline: listed, never
     *     judged overdue
     */
    public static boolean statesNoDeadline(RoadmapActivity ra) {
        return ra.activity().origin() == ActivityOrigin.ORDER_ITEM && !ra.activity().hasStatedDeadline();
    }

    /** Document findings of the importer that a roadmap rule checks itself, with that rule. */
    private static final Map<String, String> NOTES_CHECKED_BY_RULES = Map.of(
            "APPENDIX_NUMBER_MISMATCH", "ROADMAP_APPROVAL_REFERENCE",
            "APPENDIX_DATE_MISMATCH", "ROADMAP_APPROVAL_REFERENCE",
            "APPENDIX_REFERENCE_BLANK", "ROADMAP_APPROVAL_REFERENCE_BLANK");

    /**
     * The rule that checks the same defect as a document finding of the importer, so that the
     * defect is reported once, by the rule, with the rule's severity.
     *
     * @param code  the importer's code, such as {@code APPENDIX_NUMBER_MISMATCH}, not null
     * @return the rule's id, or empty when no rule checks it
     */
    public static Optional<String> ruleCheckingNote(String code) {
        return Optional.ofNullable(NOTES_CHECKED_BY_RULES.get(code));
    }

    /**
     * @param note  a document finding kept with a roadmap, not null
     * @param defect  true for notes of the reader's levels ERROR and WARNING, false for INFO
     * @return whether the note is reported by the document rule of that kind: of that level, and
     *     not checked by a roadmap rule of its own
     */
    public static boolean reportedNote(DocumentNote note, boolean defect) {
        return (note.level() != DocumentNote.Level.INFO) == defect && !NOTES_CHECKED_BY_RULES.containsKey(note.code());
    }

    /**
     * @param ra  the activity, not null
     * @return whether its deadline cell has text that could not be read
     */
    public static boolean hasUnrecognizedDeadline(RoadmapActivity ra) {
        return !ra.activity().deadlineText().isBlank() && ra.activity().deadline() instanceof Unrecognized;
    }

    /**
     * The due date nearest to the roadmap's period when every due date of an activity falls
     * outside it: searched within {@value #OUTSIDE_SEARCH_YEARS} years either side. Relative,
     * unjudged deadlines and roadmaps without a period are not checked.
     *
     * @param ra  the activity, not null
     * @return the nearest due date outside the period, or empty when one falls inside or none is known
     */
    public static Optional<LocalDate> nearestOutsidePeriod(RoadmapActivity ra) {
        Deadline d = ra.activity().deadline();
        Optional<DateRange> period = ra.roadmap().period();
        if (!d.isJudged() || d instanceof Relative || period.isEmpty()) {
            return Optional.empty();
        }
        DateRange p = period.get();
        DateRange wide = DateRange.of(p.startInclusive().minusYears(OUTSIDE_SEARCH_YEARS),
                p.endInclusive().plusYears(OUTSIDE_SEARCH_YEARS));
        LocalDate nearest = null;
        long best = Long.MAX_VALUE;
        for (LocalDate due : d.occurrences(wide)) {
            if (p.contains(due)) {
                return Optional.empty();
            }
            long distance = due.isBefore(p.startInclusive())
                    ? daysBetween(due, p.startInclusive()) : daysBetween(p.endInclusive(), due);
            if (distance < best) {
                best = distance;
                nearest = due;
            }
        }
        return Optional.ofNullable(nearest);
    }

    /**
     * The due dates of a dated (not recurring, not relative) deadline that fall before the
     * roadmap's approval, among those within its period (or, without a period, within
     * {@value #OUTSIDE_SEARCH_YEARS} years of the approval). Dates outside the period are the
     * business of {@link #nearestOutsidePeriod(RoadmapActivity)}.
     *
     * @param ra  the activity, not null
     * @return the due dates before the approval date, sorted; empty when none or no approval date
     */
    public static List<LocalDate> datesBeforeApproval(RoadmapActivity ra) {
        Deadline d = ra.activity().deadline();
        Optional<LocalDate> approved = ra.roadmap().approval().date();
        if (!d.isJudged() || d instanceof Relative || d instanceof Recurring || approved.isEmpty()) {
            return List.of();
        }
        DateRange range = ra.roadmap().period().orElse(DateRange.of(
                approved.get().minusYears(OUTSIDE_SEARCH_YEARS), approved.get().plusYears(OUTSIDE_SEARCH_YEARS)));
        List<LocalDate> before = new ArrayList<>();
        for (LocalDate due : d.occurrences(range)) {
            if (due.isBefore(approved.get())) {
                before.add(due);
            }
        }
        return List.copyOf(before);
    }

    /**
     * What differs between the approval order and the reference printed on the appendix: the
     * number (compared without spaces, ignoring case) and the date, each only when both give it.
     *
     * @param roadmap  the roadmap, not null
     * @return {@code "number"}, {@code "date"} or both, comma separated; empty when they agree or
     *     there is no appendix reference
     */
    public static String referenceDiffers(Roadmap roadmap) {
        if (roadmap.appendixReference().isEmpty()) {
            return "";
        }
        DocumentRef order = roadmap.approval();
        DocumentRef appendix = roadmap.appendixReference().get();
        List<String> parts = new ArrayList<>();
        if (order.number().isPresent() && appendix.number().isPresent()
                && !normalizeNumber(order.number().get()).equals(normalizeNumber(appendix.number().get()))) {
            parts.add("number");
        }
        if (order.date().isPresent() && appendix.date().isPresent() && !order.date().equals(appendix.date())) {
            parts.add("date");
        }
        return String.join(", ", parts);
    }

    /**
     * What the appendix reference leaves blank that the approval order gives.
     *
     * @param roadmap  the roadmap, not null
     * @return {@code "number"}, {@code "date"} or both, comma separated; empty when nothing is
     *     left blank or there is no appendix reference
     */
    public static String referenceBlank(Roadmap roadmap) {
        if (roadmap.appendixReference().isEmpty()) {
            return "";
        }
        DocumentRef order = roadmap.approval();
        DocumentRef appendix = roadmap.appendixReference().get();
        List<String> parts = new ArrayList<>();
        if (order.number().isPresent() && appendix.number().filter(n -> !n.isBlank()).isEmpty()) {
            parts.add("number");
        }
        if (order.date().isPresent() && appendix.date().isEmpty()) {
            parts.add("date");
        }
        return String.join(", ", parts);
    }

    private static String normalizeNumber(String number) {
        return number.replaceAll("\\s+", "").toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Whether a roadmap of a kind that plans a stage (see {@link RoadmapStage#isPlannedBy}) has a
     * table of activities and no activity (table row or obligation of its order, dated or not)
     * whose title covers the stage's keywords. A roadmap with no table row (only items of its
     * order) is not judged: its plan is not known.
     *
     * @param roadmap  the roadmap, not null
     * @param stage  the stage, not null
     * @return whether the roadmap has a table and no activity of the stage
     */
    public static boolean lacksStage(Roadmap roadmap, RoadmapStage stage) {
        if (!stage.isPlannedBy(roadmap.kind())) {
            return false;
        }
        boolean table = false;
        for (Activity a : roadmap.activities()) {
            table |= a.origin() == ActivityOrigin.TABLE;
            if (stage.matches(a.title())) {
                return false;
            }
        }
        return table;
    }
}
