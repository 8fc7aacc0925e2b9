package org.nastavnik.spark;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.nastavnik.rules.ComplianceEngine;
import org.nastavnik.rules.PartitionedCheck;

/**
 * The one {@link ComplianceEngine} of this JVM (a Spark executor, or the driver in local mode),
 * built the first time a task asks for it and kept for every later task. Never serialised:
 * Drools' {@code KieBase} is not serialisable, and building it per record or per task is the
 * cost a Spark job must not pay.
 */
final class Engines {

    private static final AtomicInteger BUILDS = new AtomicInteger();
    private static volatile Holder holder;

    private Engines() {
    }

    /** @return this JVM's federal engine, built on first use */
    static ComplianceEngine engine() {
        return holder().engine;
    }

    /** @return the rules a territory partition is checked with, as {@link PartitionedCheck} chooses them */
    static Set<String> territoryRules() {
        return holder().territoryRules;
    }

    /** @return how many times this JVM has built the engine (1 once built) */
    static int builds() {
        return BUILDS.get();
    }

    private static Holder holder() {
        Holder h = holder;
        if (h == null) {
            synchronized (Engines.class) {
                h = holder;
                if (h == null) {
                    BUILDS.incrementAndGet();
                    ComplianceEngine engine = ComplianceEngine.federal();
                    h = new Holder(engine, PartitionedCheck.of(engine).territoryRules());
                    holder = h;
                }
            }
        }
        return h;
    }

    /** The engine and the territory rules taken from it. */
    private static final class Holder {
        final ComplianceEngine engine;
        final Set<String> territoryRules;

        Holder(ComplianceEngine engine, Set<String> territoryRules) {
            this.engine = engine;
            this.territoryRules = territoryRules;
        }
    }
}
