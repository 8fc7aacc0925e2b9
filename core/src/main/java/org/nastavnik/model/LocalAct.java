package org.nastavnik.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** A local act (локальный акт) of an organization, such as its Положение о наставничестве. */
@Value.Immutable
public abstract class LocalAct {

    /** @return the id of the organization that adopted it */
    public abstract String organizationId();

    /** @return the kind of act */
    public abstract LocalActKind kind();

    /** @return the day it was adopted */
    public abstract LocalDate adoptedOn();

    /** @return the document, with its number, if known */
    public abstract Optional<DocumentRef> document();

    /**
     * A new builder. Required: {@code organizationId}, {@code kind}, {@code adoptedOn}; every other attribute is
     * optional or has a default. {@code build()} throws one {@link ValidationException} listing every required
     * attribute not set, or else every attribute or element set to {@code null} and every other problem of the
     * value.
     *
     * @return a new builder
     */
    public static ImmutableLocalAct.Builder builder() {
        return ImmutableLocalAct.builder();
    }

    @Value.Check
    void checkAttributes() {
        Attributes.require(this, "organizationId", organizationId(), "kind", kind(), "adoptedOn", adoptedOn());
    }
}
