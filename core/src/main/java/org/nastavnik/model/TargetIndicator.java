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

    /**
     * A new builder. Required: {@code indicator}, {@code year}, {@code targetPercent}; every other attribute is
     * optional or has a default. {@code build()} throws one {@link ValidationException} listing every required
     * attribute not set, or else every attribute or element set to {@code null} and every other problem of the
     * value.
     *
     * @return a new builder
     */
    public static ImmutableTargetIndicator.Builder builder() {
        return ImmutableTargetIndicator.builder();
    }

    @Value.Check
    void checkAttributes() {
        Attributes.require(this, "indicator", indicator(), "targetPercent", targetPercent());
    }
}
