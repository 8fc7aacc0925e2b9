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
 * keeps). Prints bytes per 10,000 mentorships. Arguments: the organizations (default 1000).
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

    /** @param args  the number of organizations, default 1000 */
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
        ComplianceSession session = engine.openSession(s, TerritoryGenerator.AS_OF);
        long withSession = usedAfterGc();
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
