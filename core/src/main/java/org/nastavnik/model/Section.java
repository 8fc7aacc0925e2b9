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

    /** @return a new builder */
    public static ImmutableSection.Builder builder() {
        return ImmutableSection.builder();
    }
}
