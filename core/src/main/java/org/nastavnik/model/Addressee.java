package org.nastavnik.model;

import org.immutables.value.Value;

/**
 * Whom an item of an order is addressed to (адресат поручения), as the order writes it
 * («Руководителям образовательных организаций», «МБУ НМИЦ (Журавлев А.С.)») and classified: a role,
 * an organization, a kind of organization or a named person. A person is named by surname and
 * initials as the document prints them.
 */
@Value.Immutable
public abstract class Addressee {

    /** @return what it is */
    public abstract AddresseeKind kind();

    /** @return the words as the document writes them, in their case («Отделу мониторинга …») */
    public abstract String written();

    /**
     * @return the name in the nominative where the reader could put it there («Отдел мониторинга …»,
     *     «Руководители образовательных организаций»), else as written; for a person, the surname
     *     and initials as printed
     */
    public abstract String name();

    /**
     * A new builder. Required: {@code kind}, {@code written}, {@code name}. {@code build()} throws one
     * {@link ValidationException} listing every required attribute not set, or else every attribute set to
     * {@code null}.
     *
     * @return a new builder
     */
    public static ImmutableAddressee.Builder builder() {
        return ImmutableAddressee.builder();
    }

    @Value.Check
    void checkAttributes() {
        Attributes.require(this, "kind", kind(), "written", written(), "name", name());
    }

    /**
     * @param kind  what it is, not null
     * @param written  the words as written, not null
     * @param name  the name in the nominative, not null
     * @return the addressee
     */
    public static Addressee of(AddresseeKind kind, String written, String name) {
        return builder().kind(kind).written(written).name(name).build();
    }

    @Override
    public String toString() {
        return kind() + ":" + name();
    }
}
