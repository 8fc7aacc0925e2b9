package org.nastavnik.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A consent (согласие) of a participant: to the processing of personal data, given by a
 * minor's legal representative, or to additional duties in the teacher system.
 */
@Value.Immutable
public abstract class Consent {

    /** @return the id of the person the consent concerns */
    public abstract String personId();

    /** @return what the consent is given to */
    public abstract ConsentKind kind();

    /** @return who gave it */
    public abstract ConsentGiver givenBy();

    /** @return the day it was given */
    public abstract LocalDate givenOn();

    /** @return the day it was withdrawn, if it was */
    public abstract Optional<LocalDate> withdrawnOn();

    /**
     * @param date  the day to check, not null
     * @return whether the consent is in force on that day
     */
    public boolean inForceOn(LocalDate date) {
        return !givenOn().isAfter(date) && withdrawnOn().map(w -> w.isAfter(date)).orElse(true);
    }

    /**
     * A new builder. Required: {@code personId}, {@code kind}, {@code givenBy}, {@code givenOn}; every other
     * attribute is optional or has a default. {@code build()} throws one {@link ValidationException} listing every
     * required attribute not set, or else every attribute or element set to {@code null} and every other problem of
     * the value.
     *
     * @return a new builder
     */
    public static ImmutableConsent.Builder builder() {
        return ImmutableConsent.builder();
    }

    @Value.Check
    void checkAttributes() {
        Attributes.require(this, "personId", personId(), "kind", kind(), "givenBy", givenBy(),
                "givenOn", givenOn());
    }
}
