package org.nastavnik.monitoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.nastavnik.model.Organization;

/**
 * Organizations' tallies and their sums per municipality, region and territory, kept current by
 * additions and subtractions. Not thread-safe.
 */
final class Rollup {
    /** The organization's row data: where it belongs and its tally. */
    record Row(Organization organization, Tally tally) {
        Scope scope() {
            return Scope.organization(organization.id(), organization.region().code(), organization.name());
        }
    }

    private final Map<String, Row> rows = new HashMap<>();
    private final Map<Scope, Tally> sums = new HashMap<>();
    private final Tally territory = new Tally();

    /** Puts an organization's tally, replacing the one it had. */
    void put(Organization org, Tally tally) {
        Row old = rows.put(org.id(), new Row(org, tally));
        if (old != null) {
            apply(old, -1);
        }
        apply(rows.get(org.id()), 1);
    }

    /** Removes an organization. */
    void remove(String organizationId) {
        Row old = rows.remove(organizationId);
        if (old != null) {
            apply(old, -1);
        }
    }

    boolean contains(String organizationId) {
        return rows.containsKey(organizationId);
    }

    Tally tally(String organizationId) {
        Row r = rows.get(organizationId);
        return r == null ? null : r.tally;
    }

    private void apply(Row row, int sign) {
        for (Scope s : parents(row.organization)) {
            Tally t = sums.computeIfAbsent(s, x -> new Tally());
            if (sign > 0) {
                t.add(row.tally);
            } else {
                t.subtract(row.tally);
                if (t.organizations == 0) {
                    sums.remove(s);
                }
            }
        }
        if (sign > 0) {
            territory.add(row.tally);
        } else {
            territory.subtract(row.tally);
        }
    }

    private static List<Scope> parents(Organization o) {
        List<Scope> out = new ArrayList<>(2);
        o.municipality().ifPresent(m -> out.add(Scope.municipality(o.region().code(), m)));
        out.add(Scope.region(o.region().code()));
        return out;
    }

    Tally territory() {
        return territory;
    }

    /** @return the result as it stands */
    MonitoringResult result(java.time.LocalDate asOf, MonitoringProfile profile) {
        List<Indicators> orgs = new ArrayList<>(rows.size());
        rows.values().stream()
                .sorted(java.util.Comparator.comparing((Row r) -> r.organization.region().code())
                        .thenComparing(r -> r.organization.municipality().orElse(""))
                        .thenComparing(r -> r.organization.name()).thenComparing(r -> r.organization.id()))
                .forEach(r -> orgs.add(new Indicators(r.scope(), r.organization.municipality().orElse(null), r.tally)));
        Map<Scope, Tally> sorted = new TreeMap<>(sums);
        List<Indicators> municipalities = new ArrayList<>();
        List<Indicators> regions = new ArrayList<>();
        sorted.forEach((s, t) -> {
            if (s.level() == Scope.Level.MUNICIPALITY) {
                municipalities.add(new Indicators(s, s.name(), t));
            } else {
                regions.add(new Indicators(s, null, t));
            }
        });
        return new MonitoringResult(asOf, profile, orgs, municipalities, regions,
                new Indicators(Scope.territory(), null, territory));
    }
}
