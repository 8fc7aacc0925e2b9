package org.nastavnik.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import org.nastavnik.bench.fixtures.BaselineChecker;
import org.nastavnik.bench.fixtures.Scale;
import org.nastavnik.bench.fixtures.TerritoryGenerator;
import org.nastavnik.model.Snapshot;
import org.nastavnik.rules.ComplianceEngine;
import org.nastavnik.rules.ComplianceSession;

/**
 * Retained heap: used heap after a full GC with the snapshot alone, then with a live session
 * holding its facts (what a check holds at its peak, and what a {@link ComplianceSession}
 * keeps). Prints bytes per 10,000 mentorships. Arguments: the organizations (default 1000), and
 * {@code histogram} to print the classes the session retains (a class histogram of live objects
 * with the session minus one without, largest first).
 */
public final class MemoryProbe {

    private MemoryProbe() {
    }

    private static long usedAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 4; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    /** Live objects per class ({@code GC.class_histogram}, which runs a full GC): class -> {instances, bytes}. */
    private static java.util.Map<String, long[]> histogram() {
        try {
            javax.management.MBeanServer server = ManagementFactory.getPlatformMBeanServer();
            String text = (String) server.invoke(new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"),
                    "gcClassHistogram", new Object[] {null}, new String[] {String[].class.getName()});
            java.util.Map<String, long[]> out = new java.util.HashMap<>();
            for (String line : text.split("\n")) {
                String[] f = line.trim().split("\\s+");
                if (f.length >= 4 && f[0].endsWith(":")) {
                    out.put(f[3], new long[] {Long.parseLong(f[1]), Long.parseLong(f[2])});
                }
            }
            return out;
        } catch (javax.management.JMException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void printDifference(java.util.Map<String, long[]> before, java.util.Map<String, long[]> after) {
        java.util.List<java.util.Map.Entry<String, long[]>> rows = new java.util.ArrayList<>();
        for (var e : after.entrySet()) {
            long[] b = before.getOrDefault(e.getKey(), new long[2]);
            rows.add(java.util.Map.entry(e.getKey(), new long[] {e.getValue()[0] - b[0], e.getValue()[1] - b[1]}));
        }
        rows.sort((x, y) -> Long.compare(y.getValue()[1], x.getValue()[1]));
        for (var r : rows) {
            if (Math.abs(r.getValue()[1]) >= 100_000) {
                System.out.printf("histogram %12d %14d %s%n", r.getValue()[0], r.getValue()[1], r.getKey());
            }
        }
    }

    /** @param args  the number of organizations, default 1000; then {@code histogram} for the session's classes */
    public static void main(String[] args) {
        int organizations = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        ComplianceEngine engine = ComplianceEngine.federal();
        engine.check(TerritoryGenerator.of(Scale.SCHOOL, 1).snapshot(), TerritoryGenerator.AS_OF);
        long empty = usedAfterGc();
        Snapshot s = TerritoryGenerator.of(Scale.REGION, 42).snapshot(organizations);
        long withSnapshot = usedAfterGc();
        // what one check allocates (garbage once it returns), whole catalogue and the baseline's rules
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        ComplianceEngine subset = ComplianceEngine.builder().onlyRules(BaselineChecker.RULES).build();
        long[] allocated = new long[2];
        ComplianceEngine[] engines = {engine, subset};
        for (int e = 0; e < 2; e++) {
            for (int i = 0; i < 3; i++) {
                long before = threads.getCurrentThreadAllocatedBytes();
                engines[e].check(s, TerritoryGenerator.AS_OF);
                allocated[e] = threads.getCurrentThreadAllocatedBytes() - before;
            }
        }
        boolean histogram = args.length > 1 && args[1].equals("histogram");
        java.util.Map<String, long[]> without = histogram ? histogram() : null;
        ComplianceSession session = engine.openSession(s, TerritoryGenerator.AS_OF);
        long withSession = usedAfterGc();
        if (histogram) {
            printDifference(without, histogram());
        }
        long facts = session.factCount();
        int pairs = s.mentorships().size();
        double per10k = 10_000.0 / pairs;
        System.out.printf("memory organizations=%d mentorships=%d meetings=%d facts=%d findings=%d%n", organizations, pairs,
                s.meetings().size(), facts, session.report().findings().size());
        System.out.printf("memory snapshot=%.1f MB (%.1f MB per 10k mentorships)%n", (withSnapshot - empty) / 1e6,
                (withSnapshot - empty) * per10k / 1e6);
        System.out.printf("memory session=%.1f MB (%.1f MB per 10k mentorships, %.0f bytes per fact)%n",
                (withSession - withSnapshot) / 1e6, (withSession - withSnapshot) * per10k / 1e6,
                (double) (withSession - withSnapshot) / facts);
        System.out.printf("memory allocated by one check: whole catalogue %.1f MB (%.1f MB per 10k mentorships), "
                + "baseline's rules %.1f MB (%.1f MB per 10k mentorships)%n", allocated[0] / 1e6,
                allocated[0] * per10k / 1e6, allocated[1] / 1e6, allocated[1] * per10k / 1e6);
        session.close();
    }
}
