package org.nastavnik.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.nastavnik.common.DateRange;

/**
 * A mentoring programme (программа наставничества) or a personalised programme
 * (персонализированная программа наставничества) with its period.
 */
@Value.Immutable
public abstract class Programme {

    /** @return the caller's stable id of the programme */
    public abstract String id();

    /** @return the id of the organization that approved it */
    public abstract String organizationId();

    /** @return the kind of programme */
    public abstract ProgrammeKind kind();

    /** @return the period the programme runs, both ends inclusive */
    public abstract DateRange period();

    /** @return the day it was approved, if known */
    public abstract Optional<LocalDate> approvedOn();

    /**
     * A new builder. Required: {@code id}, {@code organizationId}, {@code kind}, {@code period}; every other
     * attribute is optional or has a default. {@code build()} throws one {@link ValidationException} listing every
     * required attribute not set, or else every attribute or element set to {@code null} and every other problem of
     * the value.
     *
     * @return a new builder
     */
    public static ImmutableProgramme.Builder builder() {
        return ImmutableProgramme.builder();
    }

    @Value.Check
    void checkAttributes() {
        Attributes.require(this, "id", id(), "organizationId", organizationId(), "kind", kind(),
                "period", period());
    }
}
