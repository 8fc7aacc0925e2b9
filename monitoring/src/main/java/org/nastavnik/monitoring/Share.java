package org.nastavnik.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import org.nastavnik.model.IndicatorKind;
import org.nastavnik.model.IndicatorValue;

/**
 * A share (доля) for a scope: how many of how many, with how many organizations gave the
 * denominator. Organizations without a headcount add neither to the numerator nor to the
 * denominator, so the share of a municipality is over the organizations that could be measured.
 * Immutable.
 */
public final class Share {
    private final IndicatorKind indicator;
    private final int involved;
    private final int total;
    private final int measured;
    private final int unmeasured;

    Share(IndicatorKind indicator, int involved, int total, int measured, int unmeasured) {
        this.indicator = Objects.requireNonNull(indicator);
        this.involved = involved;
        this.total = total;
        this.measured = measured;
        this.unmeasured = unmeasured;
    }

    /** @return the indicator */
    public IndicatorKind indicator() {
        return indicator;
    }

    /** @return the numerator: the people engaged, in organizations that gave the denominator */
    public int involved() {
        return involved;
    }

    /** @return the denominator, from the organizations' headcounts */
    public int total() {
        return total;
    }

    /** @return how many organizations gave the denominator */
    public int organizationsMeasured() {
        return measured;
    }

    /** @return how many organizations did not (no headcount, or not this number in it) */
    public int organizationsUnmeasured() {
        return unmeasured;
    }

    /** @return whether there is a denominator above zero, so the share means something */
    public boolean isMeasured() {
        return total > 0;
    }

    /**
     * @return whether the share can be given to the rules as an indicator value: measured, and no
     *     more people engaged than the headcount says there are (a stale headcount can say fewer;
     *     the tables then show more than 100 %, and the rules do not judge the share)
     */
    public boolean isConsistent() {
        return total > 0 && involved <= total;
    }

    /** @return the share in percent with two decimals, empty when not measured */
    public Optional<BigDecimal> percent() {
        if (total <= 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(involved * 100L).divide(BigDecimal.valueOf(total), 2,
                RoundingMode.HALF_UP));
    }

    /**
     * @param year  the year measured
     * @param organizationId  the organization, or null for the territory as a whole
     * @return the share as a computed indicator value for the rules
     */
    public IndicatorValue toIndicatorValue(int year, String organizationId) {
        return IndicatorValue.builder().indicator(indicator).year(year)
                .organizationId(Optional.ofNullable(organizationId)).involved(involved).total(total).computed(true)
                .build();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Share s && indicator == s.indicator && involved == s.involved && total == s.total
                && measured == s.measured && unmeasured == s.unmeasured;
    }

    @Override
    public int hashCode() {
        return Objects.hash(indicator, involved, total, measured, unmeasured);
    }

    @Override
    public String toString() {
        return indicator + " " + involved + "/" + total + " (" + measured + " measured, " + unmeasured + " not)";
    }
}
