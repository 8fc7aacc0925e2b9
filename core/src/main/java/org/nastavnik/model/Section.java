package org.nastavnik.model;

import java.util.Optional;
import org.immutables.value.Value;

/** A section (раздел) of a roadmap, such as «1. Информационное сопровождение». */
@Value.Immutable
public abstract class Section {

    /** @return the section's number, such as «1», if it is numbered */
    public abstract Optional<String> number();

    /** @return the section's title */
    public abstract String title();

    /**
     * A new builder. Required: {@code title}; every other attribute is optional or has a default. {@code build()}
     * throws one {@link ValidationException} listing every required attribute not set, or else every attribute or
     * element set to {@code null} and every other problem of the value.
     *
     * @return a new builder
     */
    public static ImmutableSection.Builder builder() {
        return ImmutableSection.builder();
    }

    @Value.Check
    void checkAttributes() {
        Attributes.require(this, "title", title());
    }
}
