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

    /** @return a new builder */
    public static ImmutableListUpdate.Builder builder() {
        return ImmutableListUpdate.builder();
    }
}
