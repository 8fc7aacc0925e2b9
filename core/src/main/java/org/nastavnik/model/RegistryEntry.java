package org.nastavnik.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
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
     * @return for a mentor, the most mentees they agree to mentor at a time (their own stated
     *     capacity), if they said; at least 1. Optional, used to suggest pairs
     */
    public abstract OptionalInt capacity();

    /**
     * @return the subjects or competences the entry names: those a mentee asks for (запрос
     *     наставляемого) or those a mentor offers, such as «математика»; empty if none are named
     */
    public abstract Set<String> topics();

    /**
     * @return the ids of the people this person asked to be paired with (пожелания из анкеты), in
     *     their order of preference; empty if none
     */
    public abstract List<String> partnerRequests();

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
                "includedOn", includedOn(), "topics", topics(), "partnerRequests", partnerRequests());
    }
}
