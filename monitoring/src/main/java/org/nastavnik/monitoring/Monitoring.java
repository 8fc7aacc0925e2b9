package org.nastavnik.monitoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.nastavnik.model.IndicatorKind;
import org.nastavnik.model.IndicatorValue;
import org.nastavnik.model.ImmutableSnapshot;
import org.nastavnik.model.Mentorship;
import org.nastavnik.model.Organization;
import org.nastavnik.model.Person;
import org.nastavnik.model.Snapshot;
import org.nastavnik.model.TargetIndicator;
import org.nastavnik.rules.CheckOptions;
import org.nastavnik.rules.ComplianceEngine;
import org.nastavnik.rules.ComplianceReport;

/**
 * Monitoring of the target model with a region's {@link MonitoringProfile}: indicators computed
 * from a snapshot, traced to their records, and checked against the targets by the rules.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * Monitoring monitoring = Monitoring.of(MonitoringProfile.federal());
 * MonitoringResult result = monitoring.measure(snapshot, LocalDate.of(2024, 5, 15));
 * result.territory().share(IndicatorKind.STUDENT_MENTEES).percent();        // 71.40
 * monitoring.explain(snapshot, asOf, Scope.territory(), "FIXED_BY_ORDER");  // the pairs counted
 * ComplianceReport report = monitoring.check(ComplianceEngine.federal(), snapshot, asOf);
 * }</pre>
 *
 * <p>What is counted: the organizations that implement the model; their pairs and groups formed
 * on or before the date ({@link Measure}); in the shares, the organization's own people engaged
 * in its active pairs over its {@linkplain org.nastavnik.model.Headcount headcount}. A share of an
 * organization without a headcount is not measured («нет данных»).
 */
public final class Monitoring {
    /** The rules that compare indicator values with targets and with each other. */
    public static final Set<String> INDICATOR_RULES = Set.of("TARGET_INDICATOR_BELOW", "INDICATOR_VALUE_MISMATCH");

    private final MonitoringProfile profile;

    private Monitoring(MonitoringProfile profile) {
        this.profile = Objects.requireNonNull(profile, "profile");
    }

    /**
     * @param profile  the region's monitoring profile, not null
     * @return the monitoring
     */
    public static Monitoring of(MonitoringProfile profile) {
        return new Monitoring(profile);
    }

    /** @return the monitoring with the federal profile */
    public static Monitoring federal() {
        return new Monitoring(MonitoringProfile.federal());
    }

    /** @return the profile */
    public MonitoringProfile profile() {
        return profile;
    }

    /**
     * Computes the indicators in one pass over the snapshot.
     *
     * @param snapshot  the data, not null
     * @param asOf  the monitoring date, not null
     * @return the indicators per organization, municipality, region and territory
     */
    public MonitoringResult measure(Snapshot snapshot, LocalDate asOf) {
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(asOf, "asOf");
        Map<String, Person> people = people(snapshot);
        Map<String, List<Mentorship>> byOrg = byOrganization(snapshot);
        Rollup rollup = new Rollup();
        for (Organization o : snapshot.organizations()) {
            if (o.implementsModel()) {
                rollup.put(o, Counter.count(o, byOrg.getOrDefault(o.id(), List.of()), people::get, asOf, profile, null));
            }
        }
        return rollup.result(asOf, profile);
    }

    /**
     * Lists the records a number of a scope counts, so that every number can be traced.
     *
     * @param snapshot  the data, not null
     * @param asOf  the monitoring date, not null
     * @param scope  an organization, municipality, region or the territory, not null
     * @param number  a {@link Measure} name (such as {@code FIXED_BY_ORDER}) or a computed
     *     indicator's name (such as {@code STUDENT_MENTEES}: the people in the numerator and the
     *     denominator of each organization), not null
     * @return one line per record counted, each starting with the organization's id; ids only, no names of people
     * @throws IllegalArgumentException if the number is neither
     */
    public List<String> explain(Snapshot snapshot, LocalDate asOf, Scope scope, String number) {
        Objects.requireNonNull(scope, "scope");
        boolean known = false;
        for (Measure m : Measure.values()) {
            known |= m.name().equals(number);
        }
        for (IndicatorKind k : Tally.SHARES) {
            known |= k.name().equals(number);
        }
        if (!known) {
            throw new IllegalArgumentException("number (" + number + "): not a measure or computed indicator; known: "
                    + java.util.Arrays.toString(Measure.values()) + ", " + Tally.SHARES);
        }
        Map<String, Person> people = people(snapshot);
        Map<String, List<Mentorship>> byOrg = byOrganization(snapshot);
        List<String> out = new ArrayList<>();
        for (Organization o : snapshot.organizations()) {
            if (!o.implementsModel() || !within(o, scope)) {
                continue;
            }
            Trace trace = new Trace(o.id() + ": ");
            Counter.count(o, byOrg.getOrDefault(o.id(), List.of()), people::get, asOf, profile, trace);
            out.addAll(trace.lines(number));
        }
        return out;
    }

    static boolean within(Organization o, Scope scope) {
        return switch (scope.level()) {
            case TERRITORY -> true;
            case REGION -> o.region().code().equals(scope.region());
            case MUNICIPALITY -> o.region().code().equals(scope.region())
                    && o.municipality().map(m -> m.equals(scope.name())).orElse(false);
            case ORGANIZATION -> o.id().equals(scope.key());
        };
    }

    /**
     * The snapshot with the computed indicator values (per organization and for the territory)
     * and the profile's targets (replacing a target of the snapshot for the same indicator and
     * year), ready for {@code TARGET_INDICATOR_BELOW} and {@code INDICATOR_VALUE_MISMATCH}.
     *
     * @param snapshot  the data, not changed, not null
     * @param asOf  the monitoring date, not null
     * @return a new snapshot
     */
    public Snapshot withComputedValues(Snapshot snapshot, LocalDate asOf) {
        MonitoringResult r = measure(snapshot, asOf);
        List<IndicatorValue> values = new ArrayList<>();
        snapshot.indicatorValues().stream().filter(v -> !v.computed()).forEach(values::add);
        values.addAll(computedValues(r.organizations(), r.territory(), asOf.getYear()));
        return ImmutableSnapshot.copyOf(snapshot).withTargetIndicators(targets(snapshot.targetIndicators()))
                .withIndicatorValues(values);
    }

    /**
     * A compliance check of the snapshot with the computed indicator values and the profile's targets.
     *
     * @param engine  the engine, not null
     * @param snapshot  the data, not changed, not null
     * @param asOf  the date, not null
     * @return the report
     */
    public ComplianceReport check(ComplianceEngine engine, Snapshot snapshot, LocalDate asOf) {
        return engine.check(withComputedValues(snapshot, asOf), asOf, CheckOptions.defaults());
    }

    /**
     * @param snapshot  the data to start from, not null
     * @param asOf  the monitoring date, not null
     * @return an accumulator holding the snapshot, to be fed the same changes as a session
     */
    public IndicatorAccumulator accumulator(Snapshot snapshot, LocalDate asOf) {
        return new IndicatorAccumulator(snapshot, asOf, profile);
    }

    /**
     * @param engine  the engine, not null
     * @param snapshot  the data to start from, not null
     * @param asOf  the date, not null
     * @return a live compliance session whose indicator values are computed and kept current
     */
    public MonitoringSession openSession(ComplianceEngine engine, Snapshot snapshot, LocalDate asOf) {
        return new MonitoringSession(this, engine, snapshot, asOf);
    }

    /** The snapshot's targets with the profile's replacing those of the same indicator and year. */
    List<TargetIndicator> targets(List<TargetIndicator> supplied) {
        Map<String, TargetIndicator> byKey = new LinkedHashMap<>();
        supplied.forEach(t -> byKey.put(t.indicator() + "|" + t.year(), t));
        profile.targetIndicators().forEach(t -> byKey.put(t.indicator() + "|" + t.year(), t));
        return new ArrayList<>(byKey.values());
    }

    static List<IndicatorValue> computedValues(List<Indicators> organizations, Indicators territory, int year) {
        List<IndicatorValue> out = new ArrayList<>();
        for (Indicators row : organizations) {
            for (IndicatorKind k : Tally.SHARES) {
                Share s = row.share(k);
                if (s.isConsistent()) {
                    out.add(s.toIndicatorValue(year, row.scope().key()));
                }
            }
        }
        for (IndicatorKind k : Tally.SHARES) {
            Share s = territory.share(k);
            if (s.isConsistent()) {
                out.add(s.toIndicatorValue(year, null));
            }
        }
        return out;
    }

    static Map<String, Person> people(Snapshot s) {
        Map<String, Person> people = new HashMap<>(s.people().size() * 4 / 3 + 1);
        s.people().forEach(p -> people.put(p.id(), p));
        return people;
    }

    static Map<String, List<Mentorship>> byOrganization(Snapshot s) {
        Map<String, List<Mentorship>> byOrg = new HashMap<>();
        s.mentorships().forEach(m -> byOrg.computeIfAbsent(m.organizationId(), k -> new ArrayList<>()).add(m));
        return byOrg;
    }
}
