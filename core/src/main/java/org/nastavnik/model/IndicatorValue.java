package org.nastavnik.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A measured value of an indicator: how many of how many, for one organization or for the whole
 * territory of the snapshot.
 */
@Value.Immutable
public abstract class IndicatorValue {

    /** @return the indicator */
    public abstract IndicatorKind indicator();

    /** @return the year measured */
    public abstract int year();

    /** @return the organization measured; absent for the territory as a whole */
    public abstract Optional<String> organizationId();

    /** @return how many are involved (числитель) */
    public abstract int involved();

    /** @return how many there are in all (знаменатель) */
    public abstract int total();

    /**
     * @return whether the value was computed from the snapshot's own records (by the monitoring
     *     module) rather than supplied by the caller; false by default
     */
    @Value.Default
    public boolean computed() {
        return false;
    }

    /** @return the share in percent, two decimals; zero when the total is zero */
    public BigDecimal percent() {
        if (total() == 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return BigDecimal.valueOf(involved() * 100L).divide(BigDecimal.valueOf(total()), 2, RoundingMode.HALF_UP);
    }

    /**
     * A new builder. Required: {@code indicator}, {@code year}, {@code involved}, {@code total}; every other
     * attribute is optional or has a default. {@code build()} throws one {@link ValidationException} listing every
     * required attribute not set, or else every attribute or element set to {@code null} and every other problem of
     * the value.
     *
     * @return a new builder
     */
    public static ImmutableIndicatorValue.Builder builder() {
        return ImmutableIndicatorValue.builder();
    }

    @Value.Check
    void checkAttributes() {
        Attributes.require(this, "indicator", indicator());
    }
}
