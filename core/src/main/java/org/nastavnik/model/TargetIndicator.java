package org.nastavnik.model;

import java.math.BigDecimal;
import org.immutables.value.Value;

/** A target value of an indicator (целевой показатель) for a year, in percent. */
@Value.Immutable
public abstract class TargetIndicator {

    /** @return the indicator */
    public abstract IndicatorKind indicator();

    /** @return the year the target applies to */
    public abstract int year();

    /** @return the target share in percent, such as 70 */
    public abstract BigDecimal targetPercent();

    /** @return a new builder */
    public static ImmutableTargetIndicator.Builder builder() {
        return ImmutableTargetIndicator.builder();
    }
}
