package org.nastavnik.model;

import org.immutables.value.Value;

/**
 * A party responsible (ответственный) for a roadmap activity: a role or body (руководители ОО,
 * МНЦ, куратор) or a named person («Ивлиева Е.В.»), as the roadmap writes it.
 */
@Value.Immutable
public abstract class Responsible {

    /** @return whether it is a person or a role */
    @Value.Parameter
    public abstract ResponsibleKind kind();

    /** @return the name as written, such as «Ивлиева Е.В.» or «Руководители ОО» */
    @Value.Parameter
    public abstract String name();

    /**
     * @param name  the person's surname and initials as written, not null
     * @return a named person
     */
    public static Responsible person(String name) {
        return ImmutableResponsible.of(ResponsibleKind.PERSON, name);
    }

    /**
     * @param name  the role or body as written, not null
     * @return a role or body
     */
    public static Responsible role(String name) {
        return ImmutableResponsible.of(ResponsibleKind.ROLE, name);
    }

    @Override
    public String toString() {
        return kind() + ":" + name();
    }

    @Value.Check
    void checkAttributes() {
        Attributes.require(this, "kind", kind(), "name", name());
    }

    /**
     * A new builder; every attribute is required.
     *
     * @return a new builder
     */
    public static ImmutableResponsible.Builder builder() {
        return ImmutableResponsible.builder();
    }
}
