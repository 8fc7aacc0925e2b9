package org.nastavnik.rules;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.nastavnik.rules.spi.RulePack;
import org.nastavnik.rules.spi.RuleParameters;

/**
 * The built-in profiles of the five seed territories: each a region layer and a municipality
 * layer that adds the territory's rule pack, with the duties its document imposes beyond the
 * federal base. Their rules are prefixed with the region code ({@code R61_…}) and load only with
 * their profile.
 *
 * <table>
 * <caption>Built-in profiles</caption>
 * <tr><th>code</th><th>territory</th><th>pack</th><th>document</th></tr>
 * <tr><td>23</td><td>Sochi (Krasnodar region)</td><td>{@code r23-sochi}</td><td>приказ МКУ СЦРО от 06.03.2023 № 60</td></tr>
 * <tr><td>31</td><td>Belgorod</td><td>{@code r31-belgorod}</td><td>приказ управления образования от 03.03.2022 № 325</td></tr>
 * <tr><td>42</td><td>Tashtagol district (Kemerovo region)</td><td>{@code r42-tashtagol}</td><td>дорожная карта на 2021–2022 годы</td></tr>
 * <tr><td>61</td><td>Donetsk (Rostov region)</td><td>{@code r61-donetsk}</td><td>приказ от 22.09.2020 № 324</td></tr>
 * <tr><td>62</td><td>Sasovo district (Ryazan region)</td><td>{@code r62-sasovo}</td><td>рекомендации от 15.05.2020</td></tr>
 * </table>
 */
public final class Profiles {

    private Profiles() {
    }

    /**
     * The built-in profile of a seed territory in a region.
     *
     * @param code  the official region code: 23, 31, 42, 61 or 62
     * @return the profile, built once and shared
     * @throws IllegalArgumentException if there is no built-in profile for the code
     */
    public static Profile region(String code) {
        Profile p = BuiltIn.PROFILES.get(code);
        if (p == null) {
            throw new IllegalArgumentException("no built-in profile for region (" + code + "); built in: "
                    + String.join(", ", BuiltIn.PROFILES.keySet())
                    + "; build your own with Profile.builder() or Profile.read(…)");
        }
        return p;
    }

    /** @return the codes of the regions with a built-in profile, in order */
    public static List<String> codes() {
        return List.copyOf(BuiltIn.PROFILES.keySet());
    }

    /**
     * @param id  a pack id, such as {@code r31-belgorod}
     * @return the built-in region pack with that id, if there is one
     */
    public static Optional<RulePack> pack(String id) {
        return builtInPacks().stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** @return the built-in region packs (not the federal one), ordered by id */
    public static List<RulePack> builtInPacks() {
        return BuiltIn.PACKS;
    }

    /** The packs and profiles, made on first use. */
    private static final class BuiltIn {
        static final RulePack R23 = pack("r23");
        static final RulePack R31 = pack("r31");
        static final RulePack R42 = pack("r42");
        static final RulePack R61 = pack("r61");
        static final RulePack R62 = pack("r62");
        static final List<RulePack> PACKS = List.of(R23, R31, R42, R61, R62);
        static final Map<String, Profile> PROFILES = new TreeMap<>(Map.of(
                "23", Profile.builder().region("23").municipality("город-курорт Сочи")
                        // Seed 004 rows 1–2: «Ежегодно, до 01 октября» — the federal default, stated here.
                        .parameter(RuleParameters.LIST_REFRESH_BY, java.time.MonthDay.of(10, 1))
                        .rulePack(R23).build(),
                "31", Profile.builder().region("31").municipality("город Белгород").rulePack(R31).build(),
                "42", Profile.builder().region("42").municipality("Таштагольский муниципальный район")
                        // Seed 001 row 3.3: «В течение двух недель» = 14 days, the federal default.
                        .parameter(RuleParameters.PAIR_WINDOW_DAYS, 14)
                        // Seed 001 row 4.2: «Ежемесячно 25 числа» — the federal default.
                        .parameter(RuleParameters.MONITORING_DAY_OF_MONTH, 25)
                        // Seed 001 row 4.1: «ежеквартально» — the federal default.
                        .parameter(RuleParameters.PERSONIFIED_ACCOUNTING_MONTHS, 3)
                        .rulePack(R42).build(),
                "61", Profile.builder().region("61").municipality("город Донецк").rulePack(R61).build(),
                "62", Profile.builder().region("62").municipality("Сасовский муниципальный район").rulePack(R62)
                        .build()));

        private static RulePack pack(String dir) {
            return RulePack.fromProperties("org/nastavnik/rules/regions/" + dir + "/pack.properties",
                    Profiles.class.getClassLoader());
        }
    }
}
