package org.nastavnik.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.nastavnik.bench.fixtures.Scale;
import org.nastavnik.bench.fixtures.TerritoryGenerator;
import org.nastavnik.model.Snapshot;
import org.nastavnik.rules.ComplianceEngine;
import org.nastavnik.rules.RuleDescriptor;

/**
 * What each rule of the federal catalogue costs in a whole-catalogue check: for every rule id,
 * the engine on that rule alone and the engine on every rule but that one, each alternated with
 * the whole catalogue, check by check, on a generated region (REGION seed 42). Prints, sorted by
 * marginal cost, the median thread-CPU time of the rule alone and the median of the per-round
 * differences whole catalogue minus catalogue without the rule (its marginal cost; noise can make
 * it negative). "Alone" includes the fixed cost of a check (facts made and inserted) for the
 * facts that rule needs. Arguments: runs (default 5), organizations (default 1000), then the rule
 * ids whose marginal cost to measure (default all: slow, three checks of the whole catalogue per
 * rule and run); every rule is timed alone.
 *
 * <p>For the split of a check into phases, run {@code CatalogueTimes} or this class under JFR
 * ({@code -XX:StartFlightRecording=settings=profile,filename=...}) and aggregate the top frames of
 * {@code jdk.ExecutionSample} (examples/bench/jfr-top.py).
 */
public final class RuleCosts {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private RuleCosts() {
    }

    /** @param args  runs, then organizations */
    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        Set<String> marginalOf = args.length > 2 ? Set.of(Arrays.copyOfRange(args, 2, args.length)) : null;
        Snapshot s = TerritoryGenerator.of(Scale.REGION, 42).snapshot(n);
        ComplianceEngine federal = ComplianceEngine.federal();
        Set<String> all = new TreeSet<>();
        for (RuleDescriptor d : federal.rules()) {
            all.add(d.id());
        }
        for (int i = 0; i < 5; i++) {
            cpu(federal, s);
        }
        double[] whole = new double[runs * (all.size() + 1)];
        for (int i = 0; i < runs; i++) {
            whole[i] = cpu(federal, s);
        }
        int w = runs;
        List<Row> rows = new ArrayList<>();
        for (String id : all) {
            Set<String> others = new TreeSet<>(all);
            others.remove(id);
            ComplianceEngine alone = ComplianceEngine.builder().onlyRules(Set.of(id)).build();
            boolean measured = marginalOf == null || marginalOf.contains(id);
            ComplianceEngine without = measured ? ComplianceEngine.builder().onlyRules(others).build() : null;
            cpu(alone, s);
            double[] a = new double[runs];
            double[] marginal = new double[runs];
            for (int i = 0; i < runs; i++) {
                a[i] = cpu(alone, s);
                if (measured) {
                    double f = cpu(federal, s);
                    whole[w++] = f;
                    marginal[i] = f - cpu(without, s);
                } else {
                    marginal[i] = Double.NaN;
                }
            }
            Row row = new Row(id, median(a), median(marginal));
            System.err.printf("%s alone %.1f marginal %.1f%n", id, row.alone, row.marginal);
            rows.add(row);
        }
        rows.sort(Comparator.comparingDouble((Row r) -> Double.isNaN(r.marginal) ? -1e9 : r.marginal)
                .thenComparingDouble(Row::alone).reversed());
        System.out.printf("RuleCosts: %d organizations, %d pairs, %d rules, %d runs; whole catalogue median %.1f ms CPU%n",
                n, s.mentorships().size(), all.size(), runs, median(Arrays.copyOf(whole, w)));
        System.out.println("| rule | alone ms CPU | marginal ms CPU |");
        System.out.println("|---|---:|---:|");
        double sum = 0;
        for (Row r : rows) {
            System.out.printf("| %s | %.1f | %.1f |%n", r.id, r.alone, r.marginal);
            sum += Double.isNaN(r.marginal) ? 0 : r.marginal;
        }
        System.out.printf("sum of the marginal costs measured %.1f ms of %.1f ms%n", sum, median(Arrays.copyOf(whole, w)));
    }

    private record Row(String id, double alone, double marginal) {
    }

    /** @return the thread-CPU time of one check at {@link TerritoryGenerator#AS_OF}, in ms */
    private static double cpu(ComplianceEngine engine, Snapshot s) {
        long c0 = THREADS.getCurrentThreadCpuTime();
        engine.check(s, TerritoryGenerator.AS_OF);
        return (THREADS.getCurrentThreadCpuTime() - c0) / 1e6;
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
