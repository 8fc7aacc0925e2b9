package org.nastavnik.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.nastavnik.rules.spi.RulePack;

/**
 * One layer of a {@link Profile}: the federal base, a region, a municipality or an
 * organization, with what it changes: parameters (as text, as a profile file writes them),
 * rule packs it adds, rules it switches off and parameters it relaxes, each with a reason.
 * Immutable.
 */
public final class ProfileLayer {

    /** The levels of a profile, from the top. */
    public enum Level {
        /** The federal base: the federal catalogue and defaults; changes nothing. */
        FEDERAL,
        /** A region (субъект РФ), named by its official code, such as {@code 31}. */
        REGION,
        /** A municipality of the region, such as «город Донецк». */
        MUNICIPALITY,
        /** One organization, by its id in the snapshot: parameters only. */
        ORGANIZATION
    }

    private final Level level;
    private final String name;
    private final Map<String, String> parameters;
    private final List<RulePack> rulePacks;
    private final List<Waiver> waivers;
    private final Map<String, String> relaxations;

    ProfileLayer(Level level, String name, Map<String, String> parameters, List<RulePack> rulePacks,
            List<Waiver> waivers, Map<String, String> relaxations) {
        this.level = Objects.requireNonNull(level);
        this.name = Objects.requireNonNull(name);
        this.parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        this.rulePacks = List.copyOf(rulePacks);
        this.waivers = List.copyOf(waivers);
        this.relaxations = Collections.unmodifiableMap(new LinkedHashMap<>(relaxations));
    }

    /** @return the level */
    public Level level() {
        return level;
    }

    /** @return the name: {@code federal}, a region code, a municipality or an organization id */
    public String name() {
        return name;
    }

    /** @return the label used in messages, such as {@code region 31} or {@code organization s1} */
    public String label() {
        return level == Level.FEDERAL ? "federal" : level.name().toLowerCase(java.util.Locale.ROOT) + " " + name;
    }

    /** @return the parameters the layer sets, key to value as text, in the order set */
    public Map<String, String> parameters() {
        return parameters;
    }

    /** @return the rule packs the layer adds */
    public List<RulePack> rulePacks() {
        return rulePacks;
    }

    /** @return the rules the layer switches off, with reasons */
    public List<Waiver> waivers() {
        return waivers;
    }

    /** @return the parameters the layer may weaken past a higher layer's rules, key to reason */
    public Map<String, String> relaxations() {
        return relaxations;
    }

    @Override
    public String toString() {
        return label() + (parameters.isEmpty() ? "" : " " + parameters)
                + (rulePacks.isEmpty() ? "" : " packs=" + rulePacks)
                + (waivers.isEmpty() ? "" : " waivers=" + waivers)
                + (relaxations.isEmpty() ? "" : " relaxed=" + relaxations.keySet());
    }
}
