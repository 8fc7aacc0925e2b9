package org.nastavnik.model;

import java.util.Optional;
import org.immutables.value.Value;

/** A territory: a region (субъект РФ) and, optionally, a municipality (муниципальное образование). */
@Value.Immutable
public abstract class Territory {

    /** @return the region */
    public abstract RegionCode region();

    /** @return the municipality's name, such as «город Донецк», when the territory is municipal */
    public abstract Optional<String> municipality();

    /** @return a new builder */
    public static ImmutableTerritory.Builder builder() {
        return ImmutableTerritory.builder();
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
}
