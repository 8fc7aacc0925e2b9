package org.nastavnik.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A reference to an official document, such as the order that approved a roadmap (приказ
 * от 22.09.2020 № 324) or appointed a curator. Number and date may be blank, as they are in
 * some real appendices («от _____ № _____»).
 */
@Value.Immutable
public abstract class DocumentRef {

    /** @return the kind of document */
    @Value.Default
    public DocumentKind kind() {
        return DocumentKind.ORDER;
    }

    /** @return the document number, such as «324» or «26/1», if it is filled in */
    public abstract Optional<String> number();

    /** @return the document date, if it is filled in */
    public abstract Optional<LocalDate> date();

    /** @return the issuing body, such as «Управление образования администрации г. Белгорода» */
    public abstract Optional<String> issuer();

    /** @return the title, such as «Об утверждении плана мероприятий …» */
    public abstract Optional<String> title();

    /** @return whether neither number nor date is filled in */
    public boolean isBlank() {
        return number().isEmpty() && date().isEmpty();
    }

    /**
     * A new builder. Required: none; every other attribute is optional or has a default. {@code build()} throws one
     * {@link ValidationException} listing every required attribute not set, or else every attribute or element set
     * to {@code null} and every other problem of the value.
     *
     * @return a new builder
     */
    public static ImmutableDocumentRef.Builder builder() {
        return ImmutableDocumentRef.builder();
    }

    /**
     * @param number  the order number, not null
     * @param date  the order date, not null
     * @return an order (приказ) with that number and date
     */
    public static DocumentRef order(String number, LocalDate date) {
        return builder().number(number).date(date).build();
    }

    @Value.Check
    void checkAttributes() {
        Attributes.require(this, "kind", kind());
    }
}
