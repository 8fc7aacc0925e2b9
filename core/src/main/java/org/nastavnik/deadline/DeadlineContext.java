package org.nastavnik.deadline;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.nastavnik.common.DateRange;

/**
 * What the parser may use to complete a phrase that gives no year («Март  Июнь  Октябрь», «IV
 * квартал», «до 1 октября»): the roadmap's period (период реализации) and its approval date.
 *
 * <p>A month, quarter, half-year or date without a year falls in the first year, counting from
 * the start of the period (or, with no period, from the approval date), in which it does not end
 * before that day: with the period 2022, «Март» is March 2022; with the period 1 September 2021 –
 * 31 August 2022, «Май» is May 2022. «учебного года» without years is the school year holding that
 * day. With no period and no approval date such a phrase is unrecognized.
 */
public final class DeadlineContext {

    private static final DeadlineContext NONE = new DeadlineContext(null, null);

    private final @Nullable DateRange period;
    private final @Nullable LocalDate approvalDate;

    private DeadlineContext(@Nullable DateRange period, @Nullable LocalDate approvalDate) {
        this.period = period;
        this.approvalDate = approvalDate;
    }

    /** @return a context with nothing in it: every year must be in the phrase */
    public static DeadlineContext none() {
        return NONE;
    }

    /**
     * @param period  the roadmap's period, not null
     * @return a context with the period
     */
    public static DeadlineContext of(DateRange period) {
        return new DeadlineContext(Objects.requireNonNull(period, "period"), null);
    }

    /**
     * @param approvalDate  the day the roadmap was approved, not null
     * @return a context with the approval date only
     */
    public static DeadlineContext ofApprovalDate(LocalDate approvalDate) {
        return new DeadlineContext(null, Objects.requireNonNull(approvalDate, "approvalDate"));
    }

    /**
     * @param approvalDate  the day the roadmap was approved, not null
     * @return a copy of this context with the approval date
     */
    public DeadlineContext withApprovalDate(LocalDate approvalDate) {
        return new DeadlineContext(period, Objects.requireNonNull(approvalDate, "approvalDate"));
    }

    /**
     * @param period  the roadmap's period, not null
     * @return a copy of this context with the period
     */
    public DeadlineContext withPeriod(DateRange period) {
        return new DeadlineContext(Objects.requireNonNull(period, "period"), approvalDate);
    }

    /** @return the roadmap's period, if given */
    public Optional<DateRange> period() {
        return Optional.ofNullable(period);
    }

    /** @return the roadmap's approval date, if given */
    public Optional<LocalDate> approvalDate() {
        return Optional.ofNullable(approvalDate);
    }

    /** The day from which missing years are counted: the period's start, else the approval date. */
    Optional<LocalDate> anchor() {
        return period != null ? Optional.of(period.startInclusive()) : Optional.ofNullable(approvalDate);
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof DeadlineContext
                && Objects.equals(period, ((DeadlineContext) o).period)
                && Objects.equals(approvalDate, ((DeadlineContext) o).approvalDate);
    }

    @Override
    public int hashCode() {
        return Objects.hash(period, approvalDate);
    }

    @Override
    public String toString() {
        return "DeadlineContext[period=" + period + ", approvalDate=" + approvalDate + "]";
    }
}
