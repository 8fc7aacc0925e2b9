package org.nastavnik.rules.spi;

import java.time.LocalDate;
import java.util.Objects;
import org.nastavnik.model.Bounds;
import org.nastavnik.deadline.WorkCalendar;

/**
 * The one fact about the check itself that every session holds: the date checked, the horizon
 * for upcoming findings and the rule parameters. Rules read numbers from here, never from
 * literals:
 *
 * <pre>{@code
 * $ctx : CheckContext( $asOf : asOf, $p : parameters )
 * }</pre>
 */
public final class CheckContext {

    private final LocalDate asOf;
    private final int horizonDays;
    private final RuleParameters parameters;
    private final WorkCalendar workCalendar;

    private CheckContext(LocalDate asOf, int horizonDays, RuleParameters parameters, WorkCalendar workCalendar) {
        // the entrance of every check, session and advance: a date the input chose, bounded
        this.asOf = Bounds.requireWithin("check", "asOf", Objects.requireNonNull(asOf));
        this.horizonDays = horizonDays;
        this.parameters = Objects.requireNonNull(parameters);
        this.workCalendar = Objects.requireNonNull(workCalendar);
    }

    /** @return the calendar working-day deadlines are counted by ({@link org.nastavnik.rules.ComplianceEngineBuilder#workCalendar}) */
    public WorkCalendar workCalendar() {
        return workCalendar;
    }

    /**
     * The engine makes one per check; tests of helper code may make their own.
     *
     * @param asOf  the day the check is made as of, not null
     * @param horizonDays  the days after {@code asOf} within which upcoming findings are reported; 0 for none
     * @param parameters  the rule parameters, not null
     * @return the context
     * @throws IllegalArgumentException if {@code horizonDays} is negative
     * @throws org.nastavnik.model.ValidationException if {@code asOf} lies outside
     *     {@link org.nastavnik.common.Limits#MIN_DATE} to {@link org.nastavnik.common.Limits#MAX_DATE}
     */
    public static CheckContext of(LocalDate asOf, int horizonDays, RuleParameters parameters) {
        if (horizonDays < 0) {
            throw new IllegalArgumentException("horizonDays is negative (" + horizonDays + ")");
        }
        return of(asOf, horizonDays, parameters, WorkCalendar.russia());
    }

    /**
     * A context whose working-day deadlines count by the given calendar.
     *
     * @param asOf  the day the check is made as of, not null
     * @param horizonDays  the days after {@code asOf} within which upcoming findings are reported; 0 for none
     * @param parameters  the rule parameters, not null
     * @param workCalendar  the calendar working-day deadlines are counted by, not null
     * @return the context
     * @throws IllegalArgumentException if {@code horizonDays} is negative
     */
    public static CheckContext of(LocalDate asOf, int horizonDays, RuleParameters parameters, WorkCalendar workCalendar) {
        if (horizonDays < 0) {
            throw new IllegalArgumentException("horizonDays is negative (" + horizonDays + ")");
        }
        return new CheckContext(asOf, horizonDays, parameters, workCalendar);
    }

    /** @return the day the check is made as of */
    public LocalDate asOf() {
        return asOf;
    }

    /** @return the days after {@link #asOf()} within which upcoming findings are reported; 0 for none */
    public int horizonDays() {
        return horizonDays;
    }

    /** @return the last day of the horizon: {@link #asOf()} plus {@link #horizonDays()} */
    public LocalDate horizonEnd() {
        return asOf.plusDays(horizonDays);
    }

    /** @return the rule parameters of the engine */
    public RuleParameters parameters() {
        return parameters;
    }

    /**
     * Whether something due on a day is overdue: the day has passed ({@code asOf} is after it).
     * Something due today is not overdue yet.
     *
     * @param dueDate  the last day on which it is still on time, not null
     * @return whether {@link #asOf()} is after {@code dueDate}
     */
    public boolean isOverdue(LocalDate dueDate) {
        return asOf.isAfter(dueDate);
    }

    /**
     * Whether something due on a day is upcoming: not overdue, and due within the horizon.
     * Always false when the horizon is 0.
     *
     * @param dueDate  the last day on which it is still on time, not null
     * @return whether {@code dueDate} lies from {@link #asOf()} to {@link #horizonEnd()}, ends included
     */
    public boolean isUpcoming(LocalDate dueDate) {
        return horizonDays > 0 && !asOf.isAfter(dueDate) && !dueDate.isAfter(horizonEnd());
    }

    @Override
    public String toString() {
        return "CheckContext{asOf=" + asOf + ", horizonDays=" + horizonDays + "}";
    }
}
