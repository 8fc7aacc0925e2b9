package org.nastavnik.bench;

import java.util.concurrent.TimeUnit;
import org.nastavnik.bench.fixtures.Scale;
import org.nastavnik.bench.fixtures.TerritoryGenerator;
import org.nastavnik.model.Snapshot;
import org.nastavnik.rules.ComplianceEngine;
import org.nastavnik.rules.ComplianceSession;
import org.nastavnik.rules.FindingChanges;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One change to a live {@link ComplianceSession} holding a whole territory, with the whole
 * federal catalogue: a pair formed late then on time again, a meeting recorded then removed, a
 * curator's appointment ended then restored. Each operation applies one change (alternating),
 * so the session stays the same size. The changes are records of the first organization
 * ({@link FirstOrganization}), the same at every size, so that the sizes (1×, 10×, 100×) differ
 * in the territory only; {@link IncrementalGrowth} measures the same by hand. Compare with
 * {@link CheckBenchmark#engineFullCatalogue()}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g", "-Xms4g"})
public class IncrementalBenchmark {

    /** Organizations in the territory. */
    @Param({"10", "100", "1000"})
    public int organizations;

    private ComplianceSession session;
    private FirstOrganization first;
    private int pairStep;
    private int meetingStep;
    private int curatorStep;

    /** Opens the session on the territory. */
    @Setup(Level.Trial)
    public void setUp() {
        Snapshot s = TerritoryGenerator.of(Scale.REGION, 42).snapshot(organizations);
        first = FirstOrganization.of(s);
        session = ComplianceEngine.federal().openSession(s, TerritoryGenerator.AS_OF);
    }

    /** Closes the session. */
    @TearDown(Level.Trial)
    public void tearDown() {
        session.close();
    }

    /** @return the findings changed by a pair formed late, or on time again */
    @Benchmark
    public FindingChanges pairFormed() {
        return session.apply(first.pairChange(pairStep++));
    }

    /** @return the findings changed by a meeting recorded, or removed again */
    @Benchmark
    public FindingChanges meetingRecorded() {
        return session.apply(first.meetingChange(meetingStep++));
    }

    /** @return the findings changed by a curator's appointment ended, or restored */
    @Benchmark
    public FindingChanges curatorAppointed() {
        return session.apply(first.curatorChange(curatorStep++));
    }
}
