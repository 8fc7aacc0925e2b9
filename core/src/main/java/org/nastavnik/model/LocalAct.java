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

    /** @return a new builder */
    public static ImmutableLocalAct.Builder builder() {
        return ImmutableLocalAct.builder();
    }
}
