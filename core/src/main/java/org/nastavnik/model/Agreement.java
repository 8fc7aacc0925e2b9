package org.nastavnik.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A cooperation agreement (соглашение о сотрудничестве) between an educational organization and a
 * partner, such as an enterprise that provides mentors.
 */
@Value.Immutable
public abstract class Agreement {

    /** @return the caller's stable id of the agreement */
    public abstract String id();

    /** @return the id of the educational organization */
    public abstract String organizationId();

    /** @return the id of the partner organization */
    public abstract String partnerId();

    /** @return the day it was signed */
    public abstract LocalDate signedOn();

    /** @return the last day it is in force, if limited */
    public abstract Optional<LocalDate> validUntil();

    /**
     * @param date  the day to check, not null
     * @return whether the agreement is in force on that day
     */
    public boolean inForceOn(LocalDate date) {
        return !signedOn().isAfter(date) && validUntil().map(v -> !v.isBefore(date)).orElse(true);
    }

    /**
     * A new builder. Required: {@code id}, {@code organizationId}, {@code partnerId}, {@code signedOn}; every other
     * attribute is optional or has a default. {@code build()} throws one {@link ValidationException} listing every
     * required attribute not set, or else every attribute or element set to {@code null} and every other problem of
     * the value.
     *
     * @return a new builder
     */
    public static ImmutableAgreement.Builder builder() {
        return ImmutableAgreement.builder();
    }

    @Value.Check
    void checkAttributes() {
        Attributes.require(this, "id", id(), "organizationId", organizationId(), "partnerId", partnerId(),
                "signedOn", signedOn());
    }
}
