package org.nastavnik.monitoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.nastavnik.model.ImmutableSnapshot;
import org.nastavnik.model.IndicatorValue;
import org.nastavnik.model.Mentorship;
import org.nastavnik.model.Organization;
import org.nastavnik.model.Person;
import org.nastavnik.model.Snapshot;
import org.nastavnik.model.TargetIndicator;
import org.nastavnik.model.Territory;
import org.nastavnik.rules.CheckOptions;
import org.nastavnik.rules.ComplianceEngine;
import org.nastavnik.rules.Finding;
import org.nastavnik.rules.Partition;
import org.nastavnik.rules.PartitionedCheck;
import org.nastavnik.rules.RuleDescriptor;

/**
 * Monitoring of a territory too large for one snapshot, along a {@link PartitionedCheck}: each
 * organization partition is counted on the worker that made it (partial sums), the sums are
 * combined per municipality, region and territory, and then the indicator rules run once per
 * municipality and region on the computed values (with the values and targets the territory
 * partitions supplied, which are taken out of those partitions so that they are judged once,
 * next to the computed ones).
 *
 * <p>An organization found in two partitions (a partner a pair refers to) is counted once,
 * from the partition where it has the most pairs.
 */
public final class PartitionedMonitoring {

    private PartitionedMonitoring() {
    }

    /** What a partitioned monitoring did: the indicators, the check's summary, the indicator findings. */
    public record Result(MonitoringResult indicators, PartitionedCheck.Summary check, int indicatorFindings) {
    }

    /**
     * @param monitoring  the monitoring, not null
     * @param check  the partitioned check, not null
     * @param engine  the engine the check was built with (for the indicator rules), not null
     * @param partitions  how many partitions
     * @param partition  makes partition {@code i} (on the workers), not null
     * @param asOf  the date, not null
     * @param sink  receives every finding, one call at a time, not null
     * @return the indicators, the check's summary and the number of indicator findings
     */
    public static Result run(Monitoring monitoring, PartitionedCheck check, ComplianceEngine engine, int partitions,
            IntFunction<Partition> partition, LocalDate asOf, Consumer<Finding> sink) {
        Objects.requireNonNull(partition, "partition");
        Objects.requireNonNull(sink, "sink");
        Objects.requireNonNull(engine, "engine");
        Map<String, Counted> rows = new ConcurrentHashMap<>();
        Map<String, Organization> seen = new ConcurrentHashMap<>();
        List<Supplied> supplied = java.util.Collections.synchronizedList(new ArrayList<>());
        MonitoringProfile profile = monitoring.profile();
        PartitionedCheck.Summary summary = check.run(partitions, i -> {
            Partition p = partition.apply(i);
            Snapshot s = p.snapshot();
            if (p.scope() == Partition.Scope.ORGANIZATION) {
                count(s, asOf, profile, rows);
                return p;
            }
            if (s.indicatorValues().isEmpty() && s.targetIndicators().isEmpty()) {
                return p;
            }
            s.organizations().forEach(o -> seen.putIfAbsent(o.id(), o));
            supplied.add(new Supplied(s.territory(), s.indicatorValues(), s.targetIndicators()));
            return Partition.territory(ImmutableSnapshot.copyOf(s).withIndicatorValues(List.of())
                    .withTargetIndicators(List.of()));
        }, asOf, sink);
        Rollup rollup = new Rollup();
        rows.values().forEach(c -> rollup.put(c.org, c.tally));
        MonitoringResult result = rollup.result(asOf, profile);
        Set<String> known = engine.rules().stream().map(RuleDescriptor::id).collect(Collectors.toSet());
        Set<String> rules = new java.util.TreeSet<>(Monitoring.INDICATOR_RULES);
        rules.retainAll(known);
        int found = 0;
        if (!rules.isEmpty()) {
            AtomicInteger n = new AtomicInteger();
            for (Snapshot s : indicatorSnapshots(monitoring, result, rows, seen, supplied, asOf)) {
                engine.check(s, asOf, CheckOptions.defaults().withOnlyRules(rules)).allFindings().forEach(f -> {
                    sink.accept(f);
                    n.incrementAndGet();
                });
            }
            found = n.get();
        }
        return new Result(result, summary, found);
    }

    private record Counted(Organization org, Tally tally, int pairs) {
    }

    private record Supplied(Territory territory, List<IndicatorValue> values, List<TargetIndicator> targets) {
    }

    private static void count(Snapshot s, LocalDate asOf, MonitoringProfile profile, Map<String, Counted> rows) {
        Map<String, Person> people = Monitoring.people(s);
        Map<String, List<Mentorship>> byOrg = Monitoring.byOrganization(s);
        for (Organization o : s.organizations()) {
            if (!o.implementsModel()) {
                continue;
            }
            List<Mentorship> ms = byOrg.getOrDefault(o.id(), List.of());
            Counted c = new Counted(o, Counter.count(o, ms, people::get, asOf, profile, null), ms.size());
            rows.merge(o.id(), c, (a, b) -> a.pairs >= b.pairs ? a : b);
        }
    }

    /** One snapshot per municipality and per region, holding the computed and supplied values and the targets. */
    private static List<Snapshot> indicatorSnapshots(Monitoring monitoring, MonitoringResult result,
            Map<String, Counted> rows, Map<String, Organization> seen, List<Supplied> supplied, LocalDate asOf) {
        int year = asOf.getYear();
        List<TargetIndicator> targets = monitoring.targets(supplied.stream().flatMap(s -> s.targets().stream())
                .collect(Collectors.toList()));
        Map<String, ImmutableSnapshot.Builder> byKey = new TreeMap<>();
        Map<String, Set<String>> orgsIn = new HashMap<>();
        java.util.function.Function<Territory, ImmutableSnapshot.Builder> builder = t -> byKey.computeIfAbsent(
                t.region().map(r -> r.code()).orElse("") + "/" + t.municipality().orElse(""),
                k -> Snapshot.builder().asOf(asOf).territory(t).addAllTargetIndicators(targets));
        java.util.function.BiConsumer<Organization, IndicatorValue> addOrgValue = (o, v) -> {
            Territory t = o.municipality().map(m -> Territory.municipality(o.region().code(), m))
                    .orElse(Territory.region(o.region().code()));
            ImmutableSnapshot.Builder b = builder.apply(t);
            if (orgsIn.computeIfAbsent(t.region().map(r -> r.code()).orElse("") + "/" + t.municipality().orElse(""), k -> new java.util.HashSet<>())
                    .add(o.id())) {
                b.addOrganizations(o);
            }
            b.addIndicatorValues(v);
        };
        for (IndicatorValue v : Monitoring.computedValues(result.organizations(), result.territory(), year)) {
            if (v.organizationId().isPresent()) {
                addOrgValue.accept(rows.get(v.organizationId().get()).org(), v);
            }
        }
        for (Indicators m : result.municipalities()) {
            ImmutableSnapshot.Builder b = builder.apply(Territory.municipality(m.scope().region(), m.scope().name()));
            for (IndicatorValue v : Monitoring.computedValues(List.of(), m, year)) {
                b.addIndicatorValues(v);
            }
        }
        for (Indicators r : result.regions()) {
            ImmutableSnapshot.Builder b = builder.apply(Territory.region(r.scope().region()));
            for (IndicatorValue v : Monitoring.computedValues(List.of(), r, year)) {
                b.addIndicatorValues(v);
            }
        }
        for (Supplied s : supplied) {
            for (IndicatorValue v : s.values()) {
                if (v.computed()) {
                    continue;
                }
                if (v.organizationId().isPresent()) {
                    Organization o = rows.containsKey(v.organizationId().get()) ? rows.get(v.organizationId().get()).org()
                            : seen.get(v.organizationId().get());
                    addOrgValue.accept(o, v);
                } else {
                    builder.apply(s.territory()).addIndicatorValues(v);
                }
            }
        }
        List<Snapshot> out = new ArrayList<>();
        byKey.values().forEach(b -> out.add(b.build()));
        return out;
    }
}
