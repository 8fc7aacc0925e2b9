package org.nastavnik.deadline;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.nastavnik.common.DateRange;
import org.nastavnik.common.Language;

/**
 * A deadline (срок) of a roadmap activity: the «Срок» cell of a roadmap, read into a value.
 *
 * <p>The family is closed: an exact date ({@link OnDate}), a date to meet ({@link ByDate}), a month
 * ({@link InMonth}), several months ({@link InMonths}), a range of months ({@link MonthRange}), a
 * quarter ({@link InQuarter}), a half-year ({@link InHalfYear}), a calendar year ({@link InYear}),
 * a school year ({@link InSchoolYear}), a range of years ({@link YearRange}), a range of dates
 * ({@link DateSpan}), a recurrence ({@link Recurring}), a first date then a recurrence
 * ({@link FirstThenRecurring}), a time after a named event ({@link Relative}), a continuous
 * activity ({@link Continuous}), someone else's schedule ({@link BySchedule}), as needed
 * ({@link AsNeeded}) and a phrase that could not be read ({@link Unrecognized}).
 *
 * <p>Every deadline lists its due dates within a period, judges them against completion dates,
 * and renders itself as a phrase. The Russian phrase is canonical and needs no context:
 * {@code DeadlineParser.parse(d.toPhrase(Language.RU), DeadlineContext.none()).equals(d)} holds
 * for every deadline {@code d}.
 *
 * <p>All implementations are immutable and thread-safe.
 */
public sealed interface Deadline
        permits OnDate, ByDate, InMonth, InMonths, MonthRange, InQuarter, InHalfYear, InYear, InSchoolYear,
                YearRange, DateSpan, Recurring, FirstThenRecurring, Relative, Continuous, BySchedule, AsNeeded,
                Unrecognized {

    /**
     * The due dates of this deadline within a period: the date itself for a date, the last day
     * of a month, quarter, half-year or year, 31 August for a school year, each recurrence, or
     * each named event's date plus the allowed time. Continuous, scheduled-elsewhere, as-needed
     * and unrecognized deadlines have none.
     *
     * @param period  the period to look in, ends inclusive, not null
     * @param events  the dates of named events, used by {@link Relative} deadlines, not null
     * @return the due dates inside {@code period}, sorted and distinct, not null
     */
    List<LocalDate> occurrences(DateRange period, EventDates events);

    /**
     * The due dates of this deadline within a period, with no named events known.
     *
     * @param period  the period to look in, ends inclusive, not null
     * @return the due dates inside {@code period}, sorted and distinct, not null
     */
    default List<LocalDate> occurrences(DateRange period) {
        return occurrences(period, EventDates.none());
    }

    /**
     * Judges each occurrence within the period as of a date (состояние исполнения).
     *
     * <p>An occurrence is {@link DeadlineStatus.State#DONE} when a completion on or before its due
     * date (and, when the deadline has several occurrences, after the previous due date) is
     * found; each completion is consumed once. Otherwise it is
     * {@link DeadlineStatus.State#DONE_LATE} when a later completion on or before {@code asOf} is
     * left, {@link DeadlineStatus.State#OVERDUE} when its due date is before {@code asOf},
     * {@link DeadlineStatus.State#DUE_TODAY} on the day and {@link DeadlineStatus.State#UPCOMING}
     * after it. Completions after {@code asOf} are ignored. A deadline that cannot be judged
     * (see {@link #isJudged()}) gives a {@link DeadlineStatus.Kind#NOT_JUDGED} status with no
     * occurrences.
     *
     * @param asOf  the day of judgement, not null
     * @param period  the period to look in, ends inclusive, not null
     * @param completions  the dates on which the activity was completed, in any order, not null
     * @param events  the dates of named events, not null
     * @return the status, not null
     */
    default DeadlineStatus status(LocalDate asOf, DateRange period, Collection<LocalDate> completions,
            EventDates events) {
        return Judge.status(this, asOf, period, completions, events);
    }

    /**
     * Judges each occurrence within the period as of a date, with no named events known.
     *
     * @param asOf  the day of judgement, not null
     * @param period  the period to look in, ends inclusive, not null
     * @param completions  the dates on which the activity was completed, not null
     * @return the status, not null
     * @see #status(LocalDate, DateRange, Collection, EventDates)
     */
    default DeadlineStatus status(LocalDate asOf, DateRange period, Collection<LocalDate> completions) {
        return status(asOf, period, completions, EventDates.none());
    }

    /**
     * Renders this deadline as a phrase. The Russian phrase is canonical: years are explicit and
     * parsing it again without context gives an equal deadline. An {@link Unrecognized} deadline
     * renders its verbatim text in both languages.
     *
     * @param language  the language, not null
     * @return the phrase, such as «ежегодно до 1 октября» or "annually by 1 October", not null
     */
    String toPhrase(Language language);

    /**
     * Whether an occurrence of this deadline can be judged overdue: false for continuous
     * (постоянно), scheduled-elsewhere (по графику …), as-needed (по мере необходимости) and
     * unrecognized deadlines.
     *
     * @return whether this deadline can be judged
     */
    default boolean isJudged() {
        return true;
    }
}
