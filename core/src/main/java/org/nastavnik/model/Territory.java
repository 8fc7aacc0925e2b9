package org.nastavnik.model;

import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** A territory: a region (субъект РФ) and, optionally, a municipality (муниципальное образование). */
@Value.Immutable
public abstract class Territory {

    /** @return the region */
    public abstract RegionCode region();

    /** @return the municipality's name, such as «город Донецк», when the territory is municipal */
    public abstract Optional<String> municipality();

    /**
     * A new builder. Required: {@code region}; every other attribute is optional or has a default. {@code build()}
     * throws one {@link ValidationException} listing every required attribute not set, or else every attribute or
     * element set to {@code null} and every other problem of the value.
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
         * @param code  the official region code, such as "31"
         * @return this builder
         * @throws ValidationException if the code is not two digits from 01 to 99 (path {@code region})
         */
        public Builder region(@Nullable String code) {
            return region(RegionCode.forAttribute("Territory", code));
        }
    }

    /**
     * @param regionCode  the official region code, such as "31", not null
     * @return the whole region
     */
    public static Territory region(String regionCode) {
        return builder().region(RegionCode.of(regionCode)).build();
    }

    /**
     * @param regionCode  the official region code, such as "61", not null
     * @param municipality  the municipality, such as «город Донецк», not null
     * @return a municipality of the region
     */
    public static Territory municipality(String regionCode, String municipality) {
        return builder().region(RegionCode.of(regionCode)).municipality(municipality).build();
    }

    @Value.Check
    void checkAttributes() {
        Attributes.require(this, "region", region());
    }
}
