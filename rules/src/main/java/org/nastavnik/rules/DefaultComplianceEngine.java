package org.nastavnik.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.drools.core.impl.RuleBaseFactory;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.StatelessKieSession;
import org.kie.api.conf.SequentialOption;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.runtime.rule.AgendaFilter;
import org.nastavnik.common.Language;
import org.nastavnik.deadline.WorkCalendar;
import org.nastavnik.model.Snapshot;
import org.nastavnik.rules.facts.Facts;
import org.nastavnik.rules.spi.CheckContext;
import org.nastavnik.rules.spi.Parameter;
import org.nastavnik.rules.spi.RulePack;
import org.nastavnik.rules.spi.RuleParameters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The engine: a knowledge base built once from the packs' generated model classes. */
final class DefaultComplianceEngine implements ComplianceEngine {

    static final String FINDINGS_GLOBAL = "findings";

    private static final Logger LOG = LoggerFactory.getLogger(DefaultComplianceEngine.class);

    private final List<RulePack> packs;
    private final List<CheckListener> listeners;
    private final RuleParameters parameters;
    private final WorkCalendar workCalendar;
    private final List<Waiver> waivers;
    private final Map<String, RuleTexts> texts;
    private final List<RuleDescriptor> rules;
    private final List<String> modelClasses;
    /** The generated models of the rules in force (those switched off are left out). */
    private final List<Model> models;
    /**
     * The knowledge base of one-shot checks, in Drools' sequential mode: a check inserts its facts
     * once and fires every rule once, so the agenda need not be kept ready for changes.
     */
    private final KieBase checkBase;
    private final Facts checkTypes;
    /** The knowledge base of sessions, of checks narrowed to some rules and of explained checks; built on first use. */
    private volatile KieBase sessionBase;
    private volatile Facts sessionTypes;
    private final boolean hasFindingsGlobal;
    private final List<String> evaluated;
    private final String ruleSetVersion;
    /** The rules in force, period by period. */
    private final RulesInForce inForce;
    /**
     * Knowledge bases of one-shot checks as of a day when not every rule is in force, one per set
     * of rules in force, built on first use: a check leaves out the rules not in force rather than
     * filtering them as they fire, so its cost does not grow with the rules it does not apply.
     */
    private final Map<Set<String>, CheckBase> checkBasesInForce = new java.util.concurrent.ConcurrentHashMap<>();
    /** Organizations whose parameters differ from {@link #parameters}, grouped by their parameters. */
    private final Map<RuleParameters, Set<String>> organizationGroups;

    DefaultComplianceEngine(List<RulePack> packs, RuleParameters parameters, List<Waiver> waivers) {
        this(packs, parameters, waivers, Map.of(), null, List.of(), WorkCalendar.russia());
    }

    DefaultComplianceEngine(List<RulePack> packs, RuleParameters parameters, List<Waiver> waivers,
            Map<String, RuleParameters> organizationParameters) {
        this(packs, parameters, waivers, organizationParameters, null, List.of(), WorkCalendar.russia());
    }

    /**
     * @param onlyRules  the only rules to keep in the knowledge base, or null for all
     * @param listeners  told of every report a check makes
     * @param workCalendar  the calendar working-day deadlines count by
     */
    DefaultComplianceEngine(List<RulePack> packs, RuleParameters parameters, List<Waiver> waivers,
            Map<String, RuleParameters> organizationParameters, Set<String> onlyRules, List<CheckListener> listeners,
            WorkCalendar workCalendar) {
        // Building the federal engine is most of a fresh JVM's first check: this path uses loops
        // rather than streams and lambdas, which cost time to link on their first run.
        long start = System.nanoTime();
        parameters = declare(Objects.requireNonNull(parameters), packs);
        Map<RuleParameters, Set<String>> groups = new LinkedHashMap<>();
        for (Map.Entry<String, RuleParameters> e : new TreeMap<>(organizationParameters).entrySet()) {
            RuleParameters own = declare(e.getValue(), packs);
            if (!own.equals(parameters)) {
                groups.computeIfAbsent(own, k -> new java.util.TreeSet<>()).add(e.getKey());
            }
        }
        this.organizationGroups = Collections.unmodifiableMap(groups);
        this.packs = List.copyOf(packs);
        this.listeners = List.copyOf(listeners);
        this.parameters = Objects.requireNonNull(parameters);
        this.workCalendar = Objects.requireNonNull(workCalendar);
        this.waivers = List.copyOf(waivers);

        List<String> problems = new ArrayList<>();
        Properties federalRu = PackLoader.readMessages(RulePack.federal(), Language.RU);
        List<Model> models = new ArrayList<>();
        List<String> classes = new ArrayList<>();
        Map<String, RuleTexts> all = new TreeMap<>();
        for (RulePack pack : packs) {
            PackLoader.LoadedPack loaded = PackLoader.load(pack, federalRu, problems);
            models.addAll(loaded.models());
            classes.addAll(loaded.modelClasses());
            for (Map.Entry<String, RuleTexts> e : loaded.texts().entrySet()) {
                RuleTexts previous = all.putIfAbsent(e.getKey(), e.getValue());
                if (previous != null) {
                    problems.add("rule " + e.getKey() + " is defined by two packs (" + previous.descriptor.packId()
                            + ", " + pack.id() + ")");
                }
            }
        }
        Set<Parameter<?>> declaredByPacks = new HashSet<>();
        for (RulePack pack : packs) {
            declaredByPacks.addAll(pack.parameters());
        }
        for (Parameter<?> p : parameters.declared()) {
            if (!declaredByPacks.contains(p) && !RuleParameters.federalParameters().contains(p)) {
                problems.add("parameter " + p.key() + " (" + parameters.text(p.key())
                        + ") is set, but no rule pack of the engine declares it");
            }
        }
        List<String> unknownWaivers = new ArrayList<>();
        for (Waiver w : waivers) {
            if (!all.containsKey(w.ruleId())) {
                List<String> near = NearIds.near(w.ruleId(), all.keySet());
                unknownWaivers.add(w.ruleId() + " (reason: " + w.reason() + ")"
                        + (near.isEmpty() ? "" : "; did you mean " + String.join(", ", near) + "?"));
            }
        }
        if (onlyRules != null) {
            for (String id : new java.util.TreeSet<>(onlyRules)) {
                if (!all.containsKey(id)) {
                    problems.add("onlyRules names a rule the engine does not have (" + id + ")");
                }
            }
            all.keySet().retainAll(onlyRules);
            models.replaceAll(m -> new FilteredModel(m, onlyRules));
        }
        if (!unknownWaivers.isEmpty() && problems.isEmpty()) {
            throw new IllegalStateException(unknownWaivers(unknownWaivers));
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the rule catalogue is incomplete:\n  " + String.join("\n  ", problems)
                    + (unknownWaivers.isEmpty() ? "" : "\n" + unknownWaivers(unknownWaivers)));
        }
        this.texts = Collections.unmodifiableMap(new LinkedHashMap<>(all));
        List<RuleDescriptor> descriptors = new ArrayList<>(all.size());
        for (RuleTexts t : all.values()) {
            descriptors.add(t.descriptor);
        }
        this.rules = List.copyOf(descriptors);
        this.modelClasses = List.copyOf(classes);

        Set<String> waived = new HashSet<>();
        for (Waiver w : waivers) {
            if (w.switchesOff()) {
                waived.add(w.ruleId());
            }
        }
        List<String> evaluatedIds = new ArrayList<>(all.size());
        for (String id : all.keySet()) {
            if (!waived.contains(id)) {
                evaluatedIds.add(id);
            }
        }
        this.evaluated = List.copyOf(evaluatedIds);
        // A rule switched off is left out of the knowledge bases, not filtered when it fires.
        if (!waived.isEmpty()) {
            Set<String> kept = new HashSet<>(evaluatedIds);
            models.replaceAll(m -> new FilteredModel(m, kept));
        }
        this.models = List.copyOf(models);
        this.checkBase = build(this.models, true);
        this.checkTypes = Facts.matchedBy(checkBase);
        Set<String> inBase = ruleNames(checkBase);
        if (!inBase.equals(new java.util.TreeSet<>(evaluatedIds))) {
            throw new IllegalStateException("knowledge base rules " + inBase + " differ from descriptors " + evaluatedIds);
        }
        this.hasFindingsGlobal = hasGlobal(checkBase, FINDINGS_GLOBAL);
        Map<String, RuleDescriptor> byId = new java.util.HashMap<>();
        for (RuleDescriptor d : descriptors) {
            byId.put(d.id(), d);
        }
        this.inForce = new RulesInForce(byId, evaluatedIds);
        StringBuilder version = new StringBuilder();
        for (RulePack p : packs) {
            version.append(version.length() == 0 ? "" : "+").append(p.id()).append('@').append(p.version());
        }
        String withParams = parameters.isFederal() ? version.toString()
                : version + ";params=" + parameters.fingerprint();
        this.ruleSetVersion = groups.isEmpty() ? withParams
                : withParams + ";orgParams=" + String.format("%08x", groups.toString().hashCode());

        LOG.info("Compliance engine {} built from the executable model: {} rules, {} model classes, {} ms",
                ruleSetVersion, rules.size(), modelClasses.size(), (System.nanoTime() - start) / 1_000_000);
    }

    private static String unknownWaivers(List<String> unknown) {
        return (unknown.size() == 1 ? "a waiver names a rule" : unknown.size() + " waivers name rules")
                + " the engine does not have (switch off only a rule of the federal catalogue or of a pack of the "
                + "profile):\n  " + String.join("\n  ", unknown);
    }

        /** @return the parameters with those the packs declare, at their defaults unless set */
    private static RuleParameters declare(RuleParameters parameters, List<RulePack> packs) {
        RuleParameters.Builder b = parameters.toBuilder();
        for (RulePack pack : packs) {
            try {
                b.declare(pack.parameters());
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("rule pack " + pack.id() + " declares a parameter another pack "
                        + "declares: " + e.getMessage(), e);
            }
        }
        return b.build();
    }

    /**
     * @param sequential  whether for one-shot checks (Drools' sequential mode, stateless sessions only)
     * @return a knowledge base of the models, with the configuration KieServices would make, made
     *     without starting KieServices (a service look-up and its classes) just for it: the same
     *     defaults and {@code drools.*} system properties
     */
    private static KieBase build(List<Model> models, boolean sequential) {
        KieBaseConfiguration configuration = RuleBaseFactory.newKnowledgeBaseConfiguration();
        if (sequential) {
            configuration.setOption(SequentialOption.YES);
        }
        return KieBaseBuilder.createKieBaseFromModel(models, configuration);
    }

    private static boolean hasGlobal(KieBase kieBase, String name) {
        for (KiePackage p : kieBase.getKiePackages()) {
            for (org.kie.api.definition.rule.Global g : p.getGlobalVariables()) {
                if (g.getName().equals(name)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Set<String> ruleNames(KieBase kieBase) {
        Set<String> names = new java.util.TreeSet<>();
        for (KiePackage p : kieBase.getKiePackages()) {
            for (Rule r : p.getRules()) {
                names.add(RuleTexts.ruleId(r));
            }
        }
        return names;
    }

    @Override
    public ComplianceReport check(Snapshot snapshot, LocalDate asOf) {
        return check(snapshot, asOf, CheckOptions.defaults());
    }

    @Override
    public ComplianceReport check(Snapshot snapshot, LocalDate asOf, CheckOptions options) {
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(options, "options");
        long start = System.nanoTime();
        CheckContext context = CheckContext.of(asOf, options.horizonDays(), parameters, workCalendar);
        RulesInForce.Period period = inForce.on(asOf);
        AgendaFilter filter = filter(options, period);
        Collector collector = new Collector(texts);
        ExplainListener listener = options.explainSubject().map(ExplainListener::new).orElse(null);
        int facts = fire(snapshot, context, collector, listener, filter, period);
        if (!organizationGroups.isEmpty()) {
            Set<String> present = snapshot.organizations().stream().map(o -> o.id()).collect(Collectors.toSet());
            Set<String> overridden = new HashSet<>();
            organizationGroups.values().forEach(overridden::addAll);
            List<Finding> kept = new ArrayList<>(collector.findings());
            kept.removeIf(f -> overridden.contains(f.organizationId()));
            for (Map.Entry<RuleParameters, Set<String>> group : organizationGroups.entrySet()) {
                if (Collections.disjoint(group.getValue(), present)) {
                    continue;
                }
                // The organizations of the group are checked with their own parameters: a second
                // session over the same facts, of whose findings only theirs are kept.
                Collector own = new Collector(texts);
                facts += fire(snapshot, CheckContext.of(asOf, options.horizonDays(), group.getKey(), workCalendar), own, null,
                        filter, period);
                own.findings().stream().filter(f -> group.getValue().contains(f.organizationId())).forEach(kept::add);
            }
            collector.findings().clear();
            collector.findings().addAll(kept);
        }
        ComplianceReport.Builder report = ComplianceReport.builder()
                .asOf(asOf)
                .ruleSetVersion(ruleSetVersion + period.version())
                .horizonDays(options.horizonDays())
                .rulesEvaluated(evaluated.stream().filter(period::contains)
                        .filter(id -> options.onlyRules().map(only -> only.contains(id)).orElse(true))
                        .collect(Collectors.toUnmodifiableList()));
        waivers.forEach(report::waiver);
        collector.findings().forEach(report::finding);
        if (listener != null) {
            report.explanation(listener.explain(rules.stream().filter(d -> d.inForceOn(asOf))
                    .collect(Collectors.toList()),
                    waivers.stream().filter(Waiver::switchesOff).collect(Collectors.toList()), collector.findings()));
        }
        ComplianceReport result = report.build();
        for (CheckListener l : listeners) {
            l.checked(result);
        }
        if (LOG.isDebugEnabled()) {
            LOG.debug("Checked territory {} as of {}: {} facts, {} findings, {} upcoming, {} ms",
                    snapshot.territory(), asOf, facts, result.findings().size(), result.upcoming().size(),
                    (System.nanoTime() - start) / 1_000_000);
        }
        return result;
    }

    private int fire(Snapshot snapshot, CheckContext context, Collector collector, ExplainListener listener,
            AgendaFilter filter, RulesInForce.Period period) {
        if (filter == null && listener == null) {
            return fireOnce(snapshot, context, collector, period);
        }
        if (filter == null && period.ruleIds().size() < evaluated.size()) {
            filter = match -> period.contains(RuleTexts.ruleId(match.getRule()));
        }
        Facts types = sessionFactTypes();
        KieSession session = sessionBase().newKieSession();
        try {
            if (hasFindingsGlobal) {
                session.setGlobal(FINDINGS_GLOBAL, collector);
            }
            if (listener != null) {
                session.addEventListener(listener);
            }
            List<Object> facts = facts(snapshot, context, types);
            facts.forEach(session::insert);
            if (filter == null) {
                session.fireAllRules();
            } else {
                session.fireAllRules(filter);
            }
            return facts.size();
        } finally {
            session.dispose();
        }
    }

    /**
     * A plain check: a stateless session of the sequential knowledge base of the rules in force,
     * every rule fired once.
     */
    private int fireOnce(Snapshot snapshot, CheckContext context, Collector collector, RulesInForce.Period period) {
        CheckBase base = checkBase(period);
        StatelessKieSession session = base.base().newStatelessKieSession();
        if (hasFindingsGlobal) {
            session.setGlobal(FINDINGS_GLOBAL, collector);
        }
        List<Object> facts = facts(snapshot, context, base.types());
        session.execute(facts);
        return facts.size();
    }

    /** A sequential knowledge base and the classes of fact its rules match. */
    private record CheckBase(KieBase base, Facts types) {
    }

    /** @return the sequential knowledge base of the rules in force in the period: of all rules, or built once per set */
    private CheckBase checkBase(RulesInForce.Period period) {
        if (period.ruleIds().size() == evaluated.size()) {
            return new CheckBase(checkBase, checkTypes);
        }
        return checkBasesInForce.computeIfAbsent(period.ruleIds(), ids -> {
            List<Model> kept = new ArrayList<>(models.size());
            for (Model m : models) {
                kept.add(new FilteredModel(m, ids));
            }
            KieBase base = build(kept, true);
            return new CheckBase(base, Facts.matchedBy(base));
        });
    }

    /**
     * @param asOf  a day, not null
     * @return the rules in force on that day and the period they are in force
     */
    RulesInForce.Period inForce(LocalDate asOf) {
        return inForce.on(Objects.requireNonNull(asOf, "asOf"));
    }

    /** @return the context, the records some rule matches and the facts derived from the snapshot that some rule matches */
    private static List<Object> facts(Snapshot snapshot, CheckContext context, Facts types) {
        List<Object> facts = new ArrayList<>();
        facts.add(context);
        types.addAll(snapshot, facts);
        return facts;
    }

    /** The filter of a check narrowed to some rules (of those in force); null when every rule in force may fire. */
    AgendaFilter filter(CheckOptions options, RulesInForce.Period period) {
        if (options.onlyRules().isEmpty()) {
            return null;
        }
        Set<String> only = options.onlyRules().get();
        for (String id : only) {
            if (!texts.containsKey(id)) {
                throw new IllegalArgumentException("onlyRules names a rule the engine does not have (" + id
                        + "); its rules are " + texts.keySet());
            }
        }
        return match -> {
            String id = RuleTexts.ruleId(match.getRule());
            return only.contains(id) && period.contains(id);
        };
    }

    @Override
    public ComplianceSession openSession(Snapshot snapshot, LocalDate asOf) {
        if (!organizationGroups.isEmpty()) {
            throw new UnsupportedOperationException("a compliance session cannot yet check organizations with their "
                    + "own parameters (" + organizationParameters().keySet() + "); use check() for this engine");
        }
        return new DefaultComplianceSession(this, snapshot, asOf);
    }

    /** @return the rule texts by id, for collectors */
    Map<String, RuleTexts> texts() {
        return texts;
    }

    /** @return the ids of the rules that may fire: all but the waived */
    List<String> evaluatedRules() {
        return evaluated;
    }

    /** @return the classes of fact the rules of sessions match; others need not be inserted */
    Facts sessionFactTypes() {
        sessionBase();
        return sessionTypes;
    }

    /** @return whether the packs declare the findings global */
    boolean hasFindingsGlobal() {
        return hasFindingsGlobal;
    }

    /** @return the organizations checked with their own parameters, by id */
    Map<String, RuleParameters> organizationParameters() {
        Map<String, RuleParameters> m = new TreeMap<>();
        organizationGroups.forEach((p, ids) -> ids.forEach(id -> m.put(id, p)));
        return m;
    }

    @Override
    public List<RuleDescriptor> rules() {
        return rules;
    }

    @Override
    public Optional<RuleDescriptor> rule(String ruleId) {
        RuleTexts t = texts.get(ruleId);
        return t == null ? Optional.empty() : Optional.of(t.descriptor);
    }

    /** @return the calendar working-day deadlines count by */
    WorkCalendar workCalendar() {
        return workCalendar;
    }

    @Override
    public RuleParameters parameters() {
        return parameters;
    }

    @Override
    public List<Waiver> waivers() {
        return waivers;
    }

    @Override
    public String ruleSetVersion() {
        return ruleSetVersion;
    }

    /** @return the generated model classes the knowledge base was built from, as listed in the packs' indexes */
    List<String> modelClasses() {
        return modelClasses;
    }

    /** @return the knowledge base, for tests in this package */
    KieBase kieBase() {
        return sessionBase();
    }

    /** @return the knowledge base of sessions, built on first use */
    KieBase sessionBase() {
        KieBase base = sessionBase;
        if (base == null) {
            synchronized (this) {
                base = sessionBase;
                if (base == null) {
                    base = build(models, false);
                    sessionTypes = Facts.matchedBy(base);
                    sessionBase = base;
                }
            }
        }
        return base;
    }

    /** @return the packs, in order */
    List<RulePack> packs() {
        return packs;
    }

    @Override
    public String toString() {
        return "ComplianceEngine{" + ruleSetVersion + ", " + rules.size() + " rules}";
    }
}
