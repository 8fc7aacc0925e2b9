package org.nastavnik.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The appointment of a curator (назначение куратора) of the target model in an organization,
 * by an order of its head.
 */
@Value.Immutable
public abstract class CuratorAppointment {

    /** @return the id of the person appointed */
    public abstract String personId();

    /** @return the id of the organization whose curator the person is */
    public abstract String organizationId();

    /** @return the order that appointed the curator */
    public abstract DocumentRef order();

    /** @return the day the appointment takes effect */
    public abstract LocalDate appointedOn();

    /** @return the last day of the appointment, if it has ended */
    public abstract Optional<LocalDate> endedOn();

    /**
     * @param date  the day to check, not null
     * @return whether the appointment is in force on that day
     */
    public boolean inForceOn(LocalDate date) {
        return !appointedOn().isAfter(date) && endedOn().map(e -> !e.isBefore(date)).orElse(true);
    }

    /**
     * @param date  the day to check, not null
     * @return whether the appointing order was signed on or before that day; an order with no
     *     date counts as signed (nothing says otherwise)
     */
    public boolean orderSignedBy(LocalDate date) {
        return order().date().map(d -> !d.isAfter(date)).orElse(true);
    }

    /**
     * A new builder. Required: {@code personId}, {@code organizationId}, {@code order}, {@code appointedOn}; every
     * other attribute is optional or has a default. {@code build()} throws one {@link ValidationException} listing
     * every required attribute not set, or else every attribute or element set to {@code null} and every other
     * problem of the value.
     *
     * @return a new builder
     */
    public static ImmutableCuratorAppointment.Builder builder() {
        return ImmutableCuratorAppointment.builder();
    }

    @Value.Check
    void checkAttributes() {
        Attributes.require(this, "personId", personId(), "organizationId", organizationId(), "order", order(),
                "appointedOn", appointedOn());
    }
}
