package org.nastavnik.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An entry in an organization's base of mentors (база наставников) or base of mentees
 * (база наставляемых).
 */
@Value.Immutable
public abstract class RegistryEntry {

    /** @return the id of the person registered */
    public abstract String personId();

    /** @return the id of the organization that keeps the base */
    public abstract String organizationId();

    /** @return the role the person is registered in */
    public abstract ParticipantRole role();

    /** @return the form the person is registered for, if the base says */
    public abstract Optional<MentoringForm> form();

    /** @return the day the person entered the base */
    public abstract LocalDate includedOn();

    /** @return the day the person left the base, if they did */
    public abstract Optional<LocalDate> excludedOn();

    /**
     * A new builder. Required: {@code personId}, {@code organizationId}, {@code role}, {@code includedOn}; every
     * other attribute is optional or has a default. {@code build()} throws one {@link ValidationException} listing
     * every required attribute not set, or else every attribute or element set to {@code null} and every other
     * problem of the value.
     *
     * @return a new builder
     */
    public static ImmutableRegistryEntry.Builder builder() {
        return ImmutableRegistryEntry.builder();
    }

    @Value.Check
    void checkAttributes() {
        Attributes.require(this, "personId", personId(), "organizationId", organizationId(), "role", role(),
                "includedOn", includedOn());
    }
}
