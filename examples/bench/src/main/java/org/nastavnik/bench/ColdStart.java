package org.nastavnik.bench;

import java.lang.management.ManagementFactory;
import org.nastavnik.bench.fixtures.Scale;
import org.nastavnik.bench.fixtures.TerritoryGenerator;
import org.nastavnik.model.Snapshot;
import org.nastavnik.rules.ComplianceEngine;
import org.nastavnik.rules.ComplianceReport;

/**
 * A fresh JVM creating the federal engine and checking one generated school; prints the time
 * from JVM start to the first report. Run by {@code coldstart.sh} ten times for a median.
 */
public final class ColdStart {

    private ColdStart() {
    }

    /** @param args  unused */
    public static void main(String[] args) {
        long t0 = System.nanoTime();
        Snapshot school = TerritoryGenerator.of(Scale.SCHOOL, 1).snapshot();
        long t1 = System.nanoTime();
        ComplianceEngine engine = ComplianceEngine.federal();
        long t2 = System.nanoTime();
        ComplianceReport report = engine.check(school, TerritoryGenerator.AS_OF);
        long t3 = System.nanoTime();
        long end = System.currentTimeMillis();
        // Asked only now: java.lang.management loads some 40 classes (about 20 ms in a fresh JVM),
        // which are the measurement's cost, not the library's.
        long wall = end - ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.printf("coldstart sinceJvmStart=%d ms generate=%d ms engine=%d ms check=%d ms findings=%d%n", wall,
                (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, report.findings().size());
    }
}
