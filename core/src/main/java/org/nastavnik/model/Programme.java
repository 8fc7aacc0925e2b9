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

    /** @return a new builder */
    public static ImmutableProgramme.Builder builder() {
        return ImmutableProgramme.builder();
    }
}
