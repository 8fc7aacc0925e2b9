package org.nastavnik.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.nastavnik.bench.fixtures.BaselineChecker;
import org.nastavnik.bench.fixtures.CatalogueBaseline;
import org.nastavnik.bench.fixtures.Scale;
import org.nastavnik.bench.fixtures.TerritoryGenerator;
import org.nastavnik.model.Snapshot;
import org.nastavnik.rules.ComplianceEngine;
import org.nastavnik.rules.ComplianceReport;
import org.nastavnik.rules.Finding;
import org.nastavnik.rules.spi.RuleParameters;

/**
 * The engine against the plain-Java baseline of every planted rule ({@link CatalogueBaseline}):
 * for each size, after checking that all three give the same findings and some warm-up runs,
 * the engine on the 20 planted rules, the baseline, the whole federal catalogue and the baseline
 * again, alternated check by check so that each pair meets the same state of the machine; then
 * the median wall and thread-CPU times of each and the median of the ratios of each pair
 * (planted/baseline, federal/baseline). Arguments: runs (default 15), then sizes in
 * organizations of a region (default 100 1000).
 */
public final class CatalogueTimes {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private CatalogueTimes() {
    }

    /** @param args  runs, then sizes */
    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        int[] sizes = args.length > 1 ? Arrays.stream(args, 1, args.length).mapToInt(Integer::parseInt).toArray()
                : new int[] {100, 1000};
        ComplianceEngine planted = ComplianceEngine.builder().onlyRules(CatalogueBaseline.RULES).build();
        ComplianceEngine federal = ComplianceEngine.federal();
        CatalogueBaseline baseline = new CatalogueBaseline(RuleParameters.federal());
        System.out.println("catalogue organizations mentorships findings | planted wall/cpu ms | baseline wall/cpu ms"
                + " | federal wall/cpu ms | baseline (2nd) wall/cpu ms | median ratio planted/baseline wall cpu"
                + " | median ratio federal/baseline wall cpu");
        for (int n : sizes) {
            Snapshot s = TerritoryGenerator.of(Scale.REGION, 42).snapshot(n);
            List<String> b = baseline.check(s, TerritoryGenerator.AS_OF).stream().map(BaselineChecker.Result::key)
                    .sorted().toList();
            if (!b.equals(keys(planted.check(s, TerritoryGenerator.AS_OF)))
                    || !b.equals(keys(federal.check(s, TerritoryGenerator.AS_OF)))) {
                throw new IllegalStateException("engine and catalogue baseline disagree at " + n + " organizations");
            }
            Supplier<Integer> enginePlanted = () -> planted.check(s, TerritoryGenerator.AS_OF).findings().size();
            Supplier<Integer> engineFederal = () -> federal.check(s, TerritoryGenerator.AS_OF).findings().size();
            Supplier<Integer> plain = () -> baseline.check(s, TerritoryGenerator.AS_OF).size();
            for (int i = 0; i < Math.max(5, runs / 2); i++) {
                enginePlanted.get();
                plain.get();
                engineFederal.get();
            }
            double[][] p = new double[2][runs];
            double[][] b1 = new double[2][runs];
            double[][] f = new double[2][runs];
            double[][] b2 = new double[2][runs];
            double[][] ratioPlanted = new double[2][runs];
            double[][] ratioFederal = new double[2][runs];
            for (int i = 0; i < runs; i++) {
                time(enginePlanted, p, i);
                time(plain, b1, i);
                time(engineFederal, f, i);
                time(plain, b2, i);
                for (int k = 0; k < 2; k++) {
                    ratioPlanted[k][i] = p[k][i] / b1[k][i];
                    ratioFederal[k][i] = f[k][i] / b2[k][i];
                }
            }
            System.out.printf("catalogue %d %d %d | %.2f %.2f | %.2f %.2f | %.2f %.2f | %.2f %.2f | %.2f %.2f | %.2f %.2f%n",
                    n, s.mentorships().size(), b.size(), median(p[0]), median(p[1]), median(b1[0]), median(b1[1]),
                    median(f[0]), median(f[1]), median(b2[0]), median(b2[1]), median(ratioPlanted[0]),
                    median(ratioPlanted[1]), median(ratioFederal[0]), median(ratioFederal[1]));
        }
    }

    private static List<String> keys(ComplianceReport report) {
        return report.findings().stream().map(Finding::key).sorted().toList();
    }

    /** Runs the check once; puts its wall time in {@code into[0][i]} and its thread-CPU time in {@code into[1][i]}, in ms. */
    private static void time(Supplier<Integer> check, double[][] into, int i) {
        long c0 = THREADS.getCurrentThreadCpuTime();
        long w0 = System.nanoTime();
        check.get();
        into[0][i] = (System.nanoTime() - w0) / 1e6;
        into[1][i] = (THREADS.getCurrentThreadCpuTime() - c0) / 1e6;
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
