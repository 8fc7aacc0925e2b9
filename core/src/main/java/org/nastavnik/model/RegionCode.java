package org.nastavnik.model;

import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The official code of a subject of the Russian Federation (код субъекта РФ), such as
 * {@code 31} for the Belgorod region.
 */
@Value.Immutable
public abstract class RegionCode implements Comparable<RegionCode> {
    private static final Map<String, String> KNOWN = Map.of(
            "23", "Краснодарский край",
            "31", "Белгородская область",
            "42", "Кемеровская область — Кузбасс",
            "61", "Ростовская область",
            "62", "Рязанская область");

    /** @return the two-digit code, such as {@code "61"} */
    @Value.Parameter
    public abstract String code();

    /**
     * Obtains a region by its official code.
     *
     * @param code  the two-digit code, such as "31", not null
     * @return the region code
     * @throws IllegalArgumentException if the code is not two digits from 01 to 99
     */
    public static RegionCode of(String code) {
        return ImmutableRegionCode.of(code);
    }

    @Value.Check
    void check() {
        String c = code();
        if (c.length() != 2 || c.charAt(0) < '0' || c.charAt(0) > '9' || c.charAt(1) < '0' || c.charAt(1) > '9'
                || c.equals("00")) {
            throw new IllegalArgumentException("region code (" + code()
                    + ") must be two digits from 01 to 99, such as 31 for the Belgorod region");
        }
    }

    /** @return the region's Russian name where Nastavnik knows it */
    public Optional<String> name() {
        return Optional.ofNullable(KNOWN.get(code()));
    }

    @Override
    public int compareTo(RegionCode other) {
        return code().compareTo(other.code());
    }

    @Override
    public String toString() {
        return code();
    }
}
