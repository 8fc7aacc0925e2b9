package org.nastavnik.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.nastavnik.bench.fixtures.BaselineChecker;
import org.nastavnik.bench.fixtures.CatalogueBaseline;
import org.nastavnik.bench.fixtures.Scale;
import org.nastavnik.bench.fixtures.TerritoryGenerator;
import org.nastavnik.model.Snapshot;
import org.nastavnik.rules.ComplianceEngine;
import org.nastavnik.rules.ComplianceReport;
import org.nastavnik.rules.spi.RuleParameters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A full check of a generated territory of {@code organizations} organizations (1 = school,
 * 50 = municipality, 1000 = region): the engine restricted to the baseline's rules, the
 * plain-Java baseline, and the engine with the whole federal catalogue; then the engine on the
 * 20 rules the generator plants findings for and their plain-Java baseline ({@link CatalogueBaseline}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g", "-Xms4g"})
public class CheckBenchmark {

    /** Organizations in the territory. */
    @Param({"1", "10", "50", "100", "1000"})
    public int organizations;

    private Snapshot snapshot;
    private ComplianceEngine subset;
    private ComplianceEngine full;
    private BaselineChecker baseline;
    private ComplianceEngine planted;
    private CatalogueBaseline catalogueBaseline;

    /** Generates the territory and builds the engines; checks that engine and baseline agree. */
    @Setup(Level.Trial)
    public void setUp() {
        snapshot = TerritoryGenerator.of(Scale.REGION, 42).snapshot(organizations);
        subset = ComplianceEngine.builder().onlyRules(BaselineChecker.RULES).build();
        full = ComplianceEngine.federal();
        baseline = new BaselineChecker(RuleParameters.federal());
        List<String> a = subset.check(snapshot, TerritoryGenerator.AS_OF).findings().stream().map(f -> f.key()).sorted().toList();
        List<String> b = baseline.check(snapshot, TerritoryGenerator.AS_OF).stream().map(BaselineChecker.Result::key).sorted().toList();
        if (!a.equals(b)) {
            throw new IllegalStateException("engine and baseline disagree: " + a.size() + " vs " + b.size() + " findings");
        }
        planted = ComplianceEngine.builder().onlyRules(CatalogueBaseline.RULES).build();
        catalogueBaseline = new CatalogueBaseline(RuleParameters.federal());
        List<String> c = planted.check(snapshot, TerritoryGenerator.AS_OF).findings().stream().map(f -> f.key()).sorted().toList();
        List<String> d = catalogueBaseline.check(snapshot, TerritoryGenerator.AS_OF).stream().map(BaselineChecker.Result::key).sorted().toList();
        if (!c.equals(d)) {
            throw new IllegalStateException("engine and catalogue baseline disagree: " + c.size() + " vs " + d.size() + " findings");
        }
    }

    /** @return the report of the engine restricted to the baseline's rules */
    @Benchmark
    public ComplianceReport engineSubset() {
        return subset.check(snapshot, TerritoryGenerator.AS_OF);
    }

    /** @return the baseline's findings */
    @Benchmark
    public List<BaselineChecker.Result> baseline() {
        return baseline.check(snapshot, TerritoryGenerator.AS_OF);
    }

    /** @return the report of the whole federal catalogue */
    @Benchmark
    public ComplianceReport engineFullCatalogue() {
        return full.check(snapshot, TerritoryGenerator.AS_OF);
    }

    /** @return the report of the engine restricted to the 20 planted rules */
    @Benchmark
    public ComplianceReport enginePlanted() {
        return planted.check(snapshot, TerritoryGenerator.AS_OF);
    }

    /** @return the findings of the plain-Java baseline of the 20 planted rules */
    @Benchmark
    public List<BaselineChecker.Result> catalogueBaseline() {
        return catalogueBaseline.check(snapshot, TerritoryGenerator.AS_OF);
    }
}
