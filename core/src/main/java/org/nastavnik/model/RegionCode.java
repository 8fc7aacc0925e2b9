package org.nastavnik.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The official code of a subject of the Russian Federation (код субъекта РФ), such as
 * {@code 31} for the Belgorod region.
 *
 * <p>The one type of a region in the model: {@link Organization#region()} and
 * {@link Territory#region()} return it. Every method that takes a region also takes its code as
 * a string ({@code Organization.builder().region("31")}, {@code Territory.region("31")},
 * {@code Profile.builder().region("31")}, {@code @NastavnikTest(region = "31")}); in JSON it is
 * the string {@code "31"}.
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

    private static final String REASON = "must be two digits from 01 to 99, such as 31 for the Belgorod region";

    @Value.Check
    void check() {
        Attributes.require(this, "code", code());
        if (!valid(code())) {
            throw new IllegalArgumentException("region code (" + code() + ") " + REASON);
        }
    }

    private static boolean valid(String c) {
        return c.length() == 2 && c.charAt(0) >= '0' && c.charAt(0) <= '9' && c.charAt(1) >= '0' && c.charAt(1) <= '9'
                && !c.equals("00");
    }

    /**
     * The region of a builder's {@code region(String)}: null stays null (reported by the value's
     * check as a null attribute), a bad code is refused at once as the value's problem.
     */
    static @Nullable RegionCode forAttribute(String owner, @Nullable String code) {
        if (code == null) {
            return null;
        }
        if (!valid(code)) {
            throw new ValidationException(owner, List.of(Problem.of("region", code, REASON)));
        }
        return of(code);
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
