package org.nastavnik.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

import java.util.function.Supplier;
import org.nastavnik.bench.fixtures.BaselineChecker;
import org.nastavnik.bench.fixtures.Scale;
import org.nastavnik.bench.fixtures.TerritoryGenerator;
import org.nastavnik.model.Snapshot;
import org.nastavnik.rules.ComplianceEngine;
import org.nastavnik.rules.spi.RuleParameters;

/**
 * Full checks timed by hand, as a cross-check of {@link CheckBenchmark} on a loaded machine:
 * for each size, warm-up runs, then the median wall time and the median CPU time of the
 * checking thread (which a busy machine disturbs far less; it leaves out the GC threads) of
 * the engine on the baseline's rules, the baseline and the whole catalogue; then the engine on
 * the baseline's rules and the baseline alternated check by check, with the median of the
 * ratios of each pair. Arguments: runs (default 15), then sizes in organizations (default 1 10
 * 50 100 1000).
 */
public final class CheckTimes {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private CheckTimes() {
    }

    /** @param args  runs, then sizes */
    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        int[] sizes = args.length > 1 ? Arrays.stream(args, 1, args.length).mapToInt(Integer::parseInt).toArray()
                : new int[] {1, 10, 50, 100, 1000};
        ComplianceEngine subset = ComplianceEngine.builder().onlyRules(BaselineChecker.RULES).build();
        ComplianceEngine full = ComplianceEngine.federal();
        BaselineChecker baseline = new BaselineChecker(RuleParameters.federal());
        System.out.println("times organizations mentorships meetings | subset wall/cpu ms | baseline wall/cpu ms | full wall/cpu ms"
                + " | ratio subset/baseline wall cpu | findings subset full");
        for (int n : sizes) {
            Snapshot s = TerritoryGenerator.of(Scale.REGION, 42).snapshot(n);
            double[] a = time(runs, () -> subset.check(s, TerritoryGenerator.AS_OF).findings().size());
            double[] b = time(runs, () -> baseline.check(s, TerritoryGenerator.AS_OF).size());
            double[] c = time(runs, () -> full.check(s, TerritoryGenerator.AS_OF).findings().size());
            System.out.printf("times %d %d %d | %.2f %.2f | %.2f %.2f | %.2f %.2f | %.1f %.1f | %d %d%n", n,
                    s.mentorships().size(), s.meetings().size(), a[0], a[1], b[0], b[1], c[0], c[1], a[0] / b[0],
                    a[1] / b[1], (long) a[2], (long) c[2]);
            // the same two alternated, check by check, so that both meet the same state of the
            // machine (other tenants, the heap): the median of the ratios of each pair of checks
            double[] ratios = new double[runs];
            double[] e = new double[runs];
            double[] p = new double[runs];
            for (int i = 0; i < runs; i++) {
                double[] one = time(1, () -> subset.check(s, TerritoryGenerator.AS_OF).findings().size(), 0);
                double[] other = time(1, () -> baseline.check(s, TerritoryGenerator.AS_OF).size(), 0);
                e[i] = one[0];
                p[i] = other[0];
                ratios[i] = one[0] / other[0];
            }
            System.out.printf("alternated %d | subset wall %.2f | baseline wall %.2f | median ratio %.2f%n", n,
                    median(e), median(p), median(ratios));
        }
    }

    /** @return median wall ms, median CPU ms, last result */
    private static double[] time(int runs, Supplier<Integer> check) {
        return time(runs, check, Math.max(5, runs / 2));
    }

    /** @return median wall ms, median CPU ms, last result, after {@code warmUp} unmeasured runs */
    private static double[] time(int runs, Supplier<Integer> check, int warmUp) {
        int result = 0;
        for (int i = 0; i < warmUp; i++) {
            result = check.get();
        }
        double[] wall = new double[runs];
        double[] cpu = new double[runs];
        for (int i = 0; i < runs; i++) {
            long c0 = THREADS.getCurrentThreadCpuTime();
            long w0 = System.nanoTime();
            result = check.get();
            wall[i] = (System.nanoTime() - w0) / 1e6;
            cpu[i] = (THREADS.getCurrentThreadCpuTime() - c0) / 1e6;
        }
        return new double[] {median(wall), median(cpu), result};
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
