package org.nastavnik.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.nastavnik.common.DateRange;

/**
 * A monitoring report (мониторинг, отчёт): the interim or final monitoring of a pair or
 * programme, or a periodic report an organization submits.
 */
@Value.Immutable
public abstract class MonitoringReport {

    /** @return the caller's stable id of the report */
    public abstract String id();

    /** @return the id of the organization that submitted it */
    public abstract String organizationId();

    /** @return the kind of report */
    public abstract MonitoringKind kind();

    /** @return the day it was submitted */
    public abstract LocalDate submittedOn();

    /** @return the mentorship it concerns, for interim and final monitoring */
    public abstract Optional<String> mentorshipId();

    /**
     * The same as {@link #mentorshipId()}, with the empty string for a report on no pair: a plain
     * value a rules engine can index a join on (a join on {@code mentorshipId().get()} compares
     * every pair with every report).
     *
     * @return the mentorship's id, or ""
     */
    public String mentorshipKey() {
        return mentorshipId().orElse("");
    }

    /** @return the period it covers, for a periodic report */
    public abstract Optional<DateRange> covers();

    /**
     * A new builder. Required: {@code id}, {@code organizationId}, {@code kind}, {@code submittedOn}; every other
     * attribute is optional or has a default. {@code build()} throws one {@link ValidationException} listing every
     * required attribute not set, or else every attribute or element set to {@code null} and every other problem of
     * the value.
     *
     * @return a new builder
     */
    public static ImmutableMonitoringReport.Builder builder() {
        return ImmutableMonitoringReport.builder();
    }

    @Value.Check
    void checkAttributes() {
        Attributes.require(this, "id", id(), "organizationId", organizationId(), "kind", kind(),
                "submittedOn", submittedOn());
    }
}
