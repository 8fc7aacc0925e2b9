package org.example.region66;

import java.util.List;
import org.nastavnik.model.RegionCode;
import org.nastavnik.rules.Profile;
import org.nastavnik.rules.spi.Parameter;
import org.nastavnik.rules.spi.RulePack;

/**
 * The example region pack of the Sverdlovsk region (66), found by {@link java.util.ServiceLoader}
 * through {@code META-INF/services/org.nastavnik.rules.spi.RulePack}. Its description is
 * {@code org/example/region66/pack.properties}.
 */
public final class Sverdlovsk66Pack implements RulePack {

    /**
     * The pack's own parameter, declared once: the days after a pair is formed by which the order
     * fixing it is adopted. A profile sets it as {@code param.pairsOrderDays=…} once the pack is
     * among its {@code packs}; the rule reads it as {@code $p.get(Sverdlovsk66Pack.PAIRS_ORDER_DAYS)}.
     */
    public static final Parameter<Integer> PAIRS_ORDER_DAYS = Parameter.ofInt("pairsOrderDays", 10, 1, 60,
            Parameter.WeakerWhen.HIGHER, "Срок приказа о закреплении пары после её формирования, дней (пример, регион 66)",
            "Days after a pair is formed by which the order fixing it is adopted (example, region 66)");

    private final RulePack described = RulePack.fromProperties("org/example/region66/pack.properties",
            Sverdlovsk66Pack.class.getClassLoader(), List.of(PAIRS_ORDER_DAYS));

    /** Creates the pack; {@link java.util.ServiceLoader} calls this. */
    public Sverdlovsk66Pack() {
    }

    /**
     * The region's profile in code: the federal base, this pack, and pairs within 10 days.
     *
     * @return the profile
     */
    public static Profile profile() {
        return Profile.builder()
                .region(RegionCode.of("66").code())
                .rulePack(new Sverdlovsk66Pack())
                .parameter("pairWindowDays", "10")
                .build();
    }

    @Override
    public String id() {
        return described.id();
    }

    @Override
    public String version() {
        return described.version();
    }

    @Override
    public String modelIndex() {
        return described.modelIndex();
    }

    @Override
    public String messages() {
        return described.messages();
    }

    @Override
    public List<String> packages() {
        return described.packages();
    }

    @Override
    public List<Parameter<?>> parameters() {
        return described.parameters();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Sverdlovsk66Pack;
    }

    @Override
    public int hashCode() {
        return id().hashCode();
    }
}
