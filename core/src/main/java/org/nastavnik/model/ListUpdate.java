package org.nastavnik.model;

import java.time.LocalDate;
import org.immutables.value.Value;

/** An update of a list an organization keeps (обновление списка, актуализация учёта). */
@Value.Immutable
public abstract class ListUpdate {

    /** @return the id of the organization that keeps the list */
    public abstract String organizationId();

    /** @return the list updated */
    public abstract ListKind list();

    /** @return the day it was updated */
    public abstract LocalDate updatedOn();

    /**
     * A new builder. Required: {@code organizationId}, {@code list}, {@code updatedOn}; every other attribute is
     * optional or has a default. {@code build()} throws one {@link ValidationException} listing every required
     * attribute not set, or else every attribute or element set to {@code null} and every other problem of the
     * value.
     *
     * @return a new builder
     */
    public static ImmutableListUpdate.Builder builder() {
        return ImmutableListUpdate.builder();
    }

    @Value.Check
    void checkAttributes() {
        Attributes.require(this, "organizationId", organizationId(), "list", list(), "updatedOn", updatedOn());
    }
}
