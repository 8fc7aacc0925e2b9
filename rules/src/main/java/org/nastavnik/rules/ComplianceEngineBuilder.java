package org.nastavnik.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.nastavnik.deadline.WorkCalendar;
import java.util.ServiceLoader;
import org.nastavnik.rules.spi.RulePack;
import org.nastavnik.rules.spi.RuleParameters;

/**
 * Configures a {@link ComplianceEngine}: the federal catalogue is always included; packs,
 * parameters and waivers are added. Not thread-safe; the engine it builds is.
 *
 * <pre>{@code
 * ComplianceEngine engine = ComplianceEngine.builder()
 *         .parameters(RuleParameters.builder().set(RuleParameters.PAIR_WINDOW_DAYS, 10).build())
 *         .rulePack(myRegionPack)
 *         .build();
 * }</pre>
 */
public final class ComplianceEngineBuilder {

    private RuleParameters parameters = RuleParameters.federal();
    private WorkCalendar workCalendar = WorkCalendar.russia();
    private final Map<String, RulePack> packs = new LinkedHashMap<>();
    private final List<Waiver> waivers = new ArrayList<>();
    private Map<String, RuleParameters> organizationParameters = Map.of();
    private Set<String> onlyRules;
    private final List<CheckListener> listeners = new ArrayList<>(DiscoveredListeners.ALL);

    ComplianceEngineBuilder() {
        packs.put(RulePack.federal().id(), RulePack.federal());
    }

    /**
     * @param parameters  the parameters the rules read, not null
     * @return this builder
     */
    public ComplianceEngineBuilder parameters(RuleParameters parameters) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        return this;
    }

    /**
     * Adds a rule pack, such as a region's.
     *
     * @param pack  the pack, not null
     * @return this builder
     * @throws IllegalArgumentException if a pack with the same id was added already
     */
    public ComplianceEngineBuilder rulePack(RulePack pack) {
        Objects.requireNonNull(pack, "pack");
        if (packs.putIfAbsent(pack.id(), pack) != null) {
            throw new IllegalArgumentException("rule pack " + pack.id() + " was added twice");
        }
        return this;
    }

    /**
     * Adds every rule pack registered for {@link ServiceLoader} on a class path, other than
     * the federal one, in the order of their ids.
     *
     * @param classLoader  the class loader to search, not null
     * @return this builder
     * @throws IllegalArgumentException if two packs have the same id
     */
    public ComplianceEngineBuilder discoverRulePacks(ClassLoader classLoader) {
        List<RulePack> found = new ArrayList<>(RulePack.discover(classLoader));
        found.sort((a, b) -> a.id().compareTo(b.id()));
        found.stream().filter(p -> !p.id().equals(RulePack.federal().id())).forEach(this::rulePack);
        return this;
    }

    /**
     * Switches a rule off, visibly: the reason shows in every report.
     *
     * @param ruleId  the rule's id
     * @param reason  why, not blank
     * @return this builder
     * @throws IllegalArgumentException if {@code reason} is blank
     */
    public ComplianceEngineBuilder waive(String ruleId, String reason) {
        waivers.add(Waiver.of(ruleId, reason));
        return this;
    }

    /**
     * Configures the engine from a profile: its effective parameters, the rule packs and waivers
     * of all its layers, and the parameters of its organization layers, with which the engine
     * checks those organizations. Packs, waivers and parameters set on this builder before stay.
     *
     * @param profile  the profile, not null
     * @return this builder
     * @throws IllegalArgumentException if one of its packs was added already
     */
    public ComplianceEngineBuilder profile(Profile profile) {
        Objects.requireNonNull(profile, "profile");
        parameters(profile.parameters());
        profile.rulePacks().stream().filter(p -> !p.id().equals(RulePack.federal().id())).forEach(this::rulePack);
        waivers.addAll(profile.waivers());
        organizationParameters = profile.organizationParameters();
        return this;
    }

    /**
     * Adds a listener told of every report the engine's checks make, after the listeners
     * registered for {@link ServiceLoader} under {@code META-INF/services/org.nastavnik.rules.CheckListener}.
     *
     * @param listener  the listener, thread-safe, not null
     * @return this builder
     */
    public ComplianceEngineBuilder checkListener(CheckListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
        return this;
    }

    /**
     * Builds an engine with only these rules in its knowledge base: the other rules of the packs
     * are neither evaluated nor listed in {@link ComplianceEngine#rules()}. Meant for measuring a
     * subset against other code and for checks that need a few rules only; a per-check
     * restriction is {@link CheckOptions#withOnlyRules(Set)}.
     *
     * @param ruleIds  the rule ids to keep, such as {@code CURATOR_MISSING}, not empty
     * @return this builder
     * @throws IllegalArgumentException if {@code ruleIds} is empty; an id that no pack defines
     *     makes {@link #build()} throw
     */
    public ComplianceEngineBuilder onlyRules(Collection<String> ruleIds) {
        Objects.requireNonNull(ruleIds, "ruleIds");
        if (ruleIds.isEmpty()) {
            throw new IllegalArgumentException("the set of rules to keep is empty; name at least one rule id");
        }
        this.onlyRules = Set.copyOf(new TreeSet<>(ruleIds));
        return this;
    }

    /**
     * Sets the calendar every working-day deadline («в течение 10 рабочих дней») counts by: the
     * shipped Russian calendar ({@link WorkCalendar#russia()}, the default), a newer one, or your own.
     *
     * @param calendar  the calendar, not null
     * @return this builder
     */
    public ComplianceEngineBuilder workCalendar(WorkCalendar calendar) {
        this.workCalendar = Objects.requireNonNull(calendar, "calendar");
        return this;
    }

    /**
     * Builds the engine: loads the packs' generated rule classes and builds the knowledge base.
     *
     * @return the engine
     * @throws IllegalStateException if a rule lacks part of its descriptor, two packs define
     *     the same rule id, a waiver or {@link #onlyRules(Collection)} names a rule the engine does
     *     not have; the message lists
     *     every problem
     */
    public ComplianceEngine build() {
        return new DefaultComplianceEngine(List.copyOf(packs.values()), parameters, List.copyOf(waivers),
                organizationParameters, onlyRules, listeners, workCalendar);
    }

    /** The listeners registered for {@link ServiceLoader} with this library's class loader, found once. */
    private static final class DiscoveredListeners {
        static final List<CheckListener> ALL = discover();

        private static List<CheckListener> discover() {
            List<CheckListener> found = new ArrayList<>();
            for (CheckListener l : ServiceLoader.load(CheckListener.class, CheckListener.class.getClassLoader())) {
                found.add(l);
            }
            return List.copyOf(found);
        }
    }
}
