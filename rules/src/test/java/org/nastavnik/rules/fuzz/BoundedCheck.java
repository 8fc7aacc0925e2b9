package org.nastavnik.rules.fuzz;

import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.nastavnik.json.JsonDocument;
import org.nastavnik.common.Limits;
import org.nastavnik.model.Problem;
import org.nastavnik.model.Snapshot;
import org.nastavnik.model.ValidationException;
import org.nastavnik.rules.CheckOptions;
import org.nastavnik.rules.ComplianceEngine;

/**
 * Run in a JVM of its own with a small heap ({@link BoundedCheckFuzzTest}): reads hostile
 * documents and checks every one that {@code JsonDocument.SNAPSHOT} accepts, as of its own date and of the
 * first and last dates accepted. Prints {@code accepted=… refused=… slowest=…ms} and exits 0;
 * anything else thrown, out of memory included, prints {@code FAIL} with the seed and exits 1.
 *
 * <p>Arguments: the first seed, the number of examples, the seconds to run for (0: the examples only).
 */
public final class BoundedCheck {
    private static long accepted;
    private static long refused;
    private static long slowestMillis;

    private BoundedCheck() {
    }

    public static void main(String[] args) {
        long seed = Long.parseLong(args[0]);
        int examples = Integer.parseInt(args[1]);
        long seconds = Long.parseLong(args[2]);
        ComplianceEngine engine = ComplianceEngine.federal();
        try {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            long round = 0;
            do {
                qt().withFixedSeed(seed + round++).withExamples(examples).withShrinkCycles(0)
                        .forAll(HostileJson.documents()).checkAssert(doc -> checkOne(engine, doc));
            } while (System.nanoTime() < end);
        } catch (Throwable e) {
            System.out.println("FAIL " + e.getClass().getName() + ": " + String.valueOf(e.getMessage())
                    .replaceAll("\\R", " | "));
            System.exit(1);
        }
        System.out.println("accepted=" + accepted + " refused=" + refused + " slowest=" + slowestMillis + "ms");
        System.exit(0);
    }

    private static void checkOne(ComplianceEngine engine, HostileJson.Document doc) {
        Snapshot s;
        try {
            s = JsonDocument.SNAPSHOT.read(doc.json());
        } catch (ValidationException e) {
            if (refused++ < 5) {
                System.out.println("refused " + doc + ": " + e.problems().get(0));
            }
            for (Problem p : e.problems()) {
                if (p.toString().lines().count() != 1 || p.value().length() > Limits.MAX_VALUE_SHOWN) {
                    throw new AssertionError(doc + ": a problem is not one bounded line: " + p);
                }
                if (p.toString().contains("Петров")) {
                    throw new AssertionError(doc + ": a problem shows personal data: " + p);
                }
            }
            return;
        }
        accepted++;
        for (LocalDate asOf : new LocalDate[] {s.asOf(), Limits.MIN_DATE, Limits.MAX_DATE}) {
            long start = System.nanoTime();
            try {
                engine.check(s, asOf, CheckOptions.defaults().withHorizonDays(3660));
            } catch (RuntimeException e) {
                throw new AssertionError(doc + " as of " + asOf + ": " + e, e);
            }
            slowestMillis = Math.max(slowestMillis, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
        }
    }
}
