package org.nastavnik.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The determination of a form (определение формы / модели наставничества) by an organization:
 * the day it starts the clock for forming pairs (two weeks in seed 001).
 */
@Value.Immutable
public abstract class FormAdoption {

    /** @return the id of the organization */
    public abstract String organizationId();

    /** @return the form adopted */
    public abstract MentoringForm form();

    /** @return the day the form was determined */
    public abstract LocalDate adoptedOn();

    /** @return the order that determined it, if known */
    public abstract Optional<DocumentRef> order();

    /**
     * A new builder. Required: {@code organizationId}, {@code form}, {@code adoptedOn}; every other attribute is
     * optional or has a default. {@code build()} throws one {@link ValidationException} listing every required
     * attribute not set, or else every attribute or element set to {@code null} and every other problem of the
     * value.
     *
     * @return a new builder
     */
    public static ImmutableFormAdoption.Builder builder() {
        return ImmutableFormAdoption.builder();
    }

    @Value.Check
    void checkAttributes() {
        Attributes.require(this, "organizationId", organizationId(), "form", form(), "adoptedOn", adoptedOn());
    }
}
