package org.nastavnik.model;

import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A territory: a region (субъект РФ) and, optionally, a municipality (муниципальное образование).
 * Either part may be unknown: a roadmap read from a document that names its town but not its
 * region has a municipality and no region, and one that names neither has an
 * {@link #unknown() unknown} territory. A region code is never made up to fill the gap.
 */
@Value.Immutable
public abstract class Territory {

    /** @return the region, when known */
    public abstract Optional<RegionCode> region();

    /** @return the municipality's name, such as «город Донецк», when the territory is municipal */
    public abstract Optional<String> municipality();

    /** @return whether neither the region nor the municipality is known */
    public boolean isUnknown() {
        return region().isEmpty() && municipality().isEmpty();
    }

    /**
     * A new builder. Every attribute is optional: a territory of which nothing is set is
     * {@link #unknown() unknown}. {@code build()} throws one {@link ValidationException} listing every
     * attribute set to {@code null} and every other problem of the value.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Territory}; the setters are generated, {@link #region(String)} is added. */
    public static final class Builder extends ImmutableTerritory.Builder {
        Builder() {
        }

        /**
         * @param code  the official region code, such as "31"; {@code null} leaves the region unknown
         * @return this builder
         * @throws ValidationException if the code is not two digits from 01 to 99 (path {@code region})
         */
        public Builder region(@Nullable String code) {
            return region(Optional.ofNullable(RegionCode.forAttribute("Territory", code)));
        }
    }

    /**
     * @param regionCode  the official region code, such as "31", not null
     * @return the whole region
     * @throws IllegalArgumentException if the code is not a region code
     */
    public static Territory region(String regionCode) {
        return builder().region(RegionCode.of(regionCode)).build();
    }

    /**
     * @param regionCode  the official region code, such as "61", not null
     * @param municipality  the municipality, such as «город Донецк», not null
     * @return a municipality of the region
     * @throws IllegalArgumentException if the code is not a region code
     */
    public static Territory municipality(String regionCode, String municipality) {
        return builder().region(RegionCode.of(regionCode)).municipality(municipality).build();
    }

    /** @return a territory of which nothing is known */
    public static Territory unknown() {
        return builder().build();
    }

    @Override
    public String toString() {
        return region().map(RegionCode::code).orElse("?") + municipality().map(m -> " " + m).orElse("");
    }
}
