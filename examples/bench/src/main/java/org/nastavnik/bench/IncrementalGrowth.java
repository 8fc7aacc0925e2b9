package org.nastavnik.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;
import org.nastavnik.bench.fixtures.Scale;
import org.nastavnik.bench.fixtures.TerritoryGenerator;
import org.nastavnik.model.Snapshot;
import org.nastavnik.rules.Change;
import org.nastavnik.rules.ComplianceEngine;
import org.nastavnik.rules.ComplianceSession;
import org.nastavnik.rules.Finding;
import org.nastavnik.rules.FindingChanges;

/**
 * How the cost of one change to a live {@link ComplianceSession} grows with the territory it
 * holds: the same change (a record of the first organization, {@link FirstOrganization}) applied
 * to sessions over 10, 100 and 1,000 organizations (1×, 10×, 100×) with the whole federal
 * catalogue. Timed by hand with {@link System#nanoTime()}, which on a loaded machine is easier to
 * read than JMH: all the sessions are open at once and each round applies one change of each
 * kind to each session in turn (a pair formed late ↔ on time, a meeting recorded ↔ removed, a
 * curator's appointment ended ↔ restored), so that every size meets the same state of the machine.
 * Prints per size and kind the median, p90 and p99 in microseconds, and the growth of the median
 * from the smallest to each larger size. Before timing, it checks that the first organization's
 * records are the same at every size and that each change adds and removes the same findings.
 * Arguments: timed changes per kind and size (default 20000), warm-up changes (default 20000),
 * then sizes in organizations (default 10 100 1000).
 */
public final class IncrementalGrowth {

    private static final String[] KINDS = {"pair formed", "meeting", "curator"};

    private IncrementalGrowth() {
    }

    /** @param args  timed changes, warm-up changes, sizes */
    public static void main(String[] args) {
        int changes = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        int[] sizes = args.length > 2 ? Arrays.stream(args, 2, args.length).mapToInt(Integer::parseInt).toArray()
                : new int[] {10, 100, 1000};
        changes += changes & 1; // an even number: each session ends as it began
        warmUp += warmUp & 1;
        System.out.println("load " + load());
        ComplianceEngine engine = ComplianceEngine.federal();
        int n = sizes.length;
        ComplianceSession[] sessions = new ComplianceSession[n];
        FirstOrganization[] first = new FirstOrganization[n];
        List<List<String>> firstChanges = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Snapshot s = TerritoryGenerator.of(Scale.REGION, 42).snapshot(sizes[i]);
            first[i] = FirstOrganization.of(s);
            if (!first[i].records.equals(first[0].records)) {
                throw new IllegalStateException("the first organization differs between " + sizes[0] + " and "
                        + sizes[i] + " organizations");
            }
            sessions[i] = engine.openSession(s, TerritoryGenerator.AS_OF);
            // the findings each change adds and removes: the same at every size, or it is not the same change
            List<String> found = new ArrayList<>();
            for (int step = 0; step < 2; step++) {
                found.add(keys(sessions[i].apply(first[i].pairChange(step))));
                found.add(keys(sessions[i].apply(first[i].meetingChange(step))));
                found.add(keys(sessions[i].apply(first[i].curatorChange(step))));
            }
            firstChanges.add(found);
            if (!found.equals(firstChanges.get(0))) {
                throw new IllegalStateException("the same change finds differently at " + sizes[i]
                        + " organizations: " + found + " against " + firstChanges.get(0));
            }
            System.out.printf("size %d organizations: %d pairs, %d meetings, %d facts in the session, %d findings%n",
                    sizes[i], s.mentorships().size(), s.meetings().size(), sessions[i].factCount(),
                    sessions[i].report().findings().size());
        }
        System.out.println("first organization: " + first[0].records.size() + " records, the same at every size");
        for (int k = 0; k < KINDS.length; k++) {
            System.out.println("  " + KINDS[k] + ": " + firstChanges.get(0).get(k) + " then "
                    + firstChanges.get(0).get(k + 3));
        }
        long[][][] nanos = new long[n][KINDS.length][changes];
        run(sessions, first, warmUp, null);
        run(sessions, first, changes, nanos);
        System.out.println("size kind | median p90 p99 µs | growth of the median from " + sizes[0]);
        for (int k = 0; k < KINDS.length; k++) {
            double base = percentile(nanos[0][k], 0.5);
            for (int i = 0; i < n; i++) {
                double median = percentile(nanos[i][k], 0.5);
                System.out.printf("%d %s | %.2f %.2f %.2f | %.2fx%n", sizes[i], KINDS[k], median / 1e3,
                        percentile(nanos[i][k], 0.9) / 1e3, percentile(nanos[i][k], 0.99) / 1e3, median / base);
            }
        }
        for (ComplianceSession s : sessions) {
            s.close();
        }
        System.out.println("load " + load());
    }

    /** Applies {@code rounds} changes of each kind to each session, timing them into {@code nanos} if not null. */
    private static void run(ComplianceSession[] sessions, FirstOrganization[] first, int rounds, long[][][] nanos) {
        int n = sessions.length;
        for (int r = 0; r < rounds; r++) {
            for (int j = 0; j < n; j++) {
                int i = (r + j) % n; // each size goes first in turn
                List<IntFunction<Change>> kinds = List.of(first[i]::pairChange, first[i]::meetingChange,
                        first[i]::curatorChange);
                for (int k = 0; k < kinds.size(); k++) {
                    Change c = kinds.get(k).apply(r);
                    long t0 = System.nanoTime();
                    FindingChanges f = sessions[i].apply(c);
                    long t = System.nanoTime() - t0;
                    if (f == null) {
                        throw new IllegalStateException();
                    }
                    if (nanos != null) {
                        nanos[i][k][r] = t;
                    }
                }
            }
        }
    }

    private static String keys(FindingChanges c) {
        return "+" + c.added().stream().map(Finding::key).toList() + " -" + c.removed().stream().map(Finding::key).toList();
    }

    private static double percentile(long[] values, double p) {
        long[] v = values.clone();
        Arrays.sort(v);
        return v[(int) Math.min(v.length - 1, Math.floor(p * v.length))];
    }

    /** @return the load average (1, 5, 15 minutes), or "?" off Linux */
    static String load() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }
}
