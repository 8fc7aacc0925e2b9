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
     * @return for an order on implementation, the parts it was read to contain (сроки внедрения,
     *     сроки мониторинга, планируемые результаты, ответственные); empty when not recorded
     */
    public abstract java.util.Set<OrderContent> contents();

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
        Attributes.require(this, "organizationId", organizationId(), "kind", kind(), "adoptedOn", adoptedOn(),
                "contents", contents());
        if (!contents().isEmpty() && kind() != LocalActKind.IMPLEMENTATION_ORDER) {
            throw new ValidationException("local act", java.util.List.of(Problem.of("contents", contents().toString(),
                    "only an order on implementation (IMPLEMENTATION_ORDER) records its contents; this act is "
                            + kind())));
        }
    }
}
