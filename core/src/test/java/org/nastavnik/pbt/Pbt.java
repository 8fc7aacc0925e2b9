package org.nastavnik.pbt;

import java.util.List;
import org.quicktheories.QuickTheory;
import org.quicktheories.api.AsString;
import org.quicktheories.core.Reporter;

/**
 * The settings every property test of this project runs with, on
 * <a href="https://github.com/quicktheories/QuickTheories">QuickTheories</a>.
 *
 * <ul>
 *   <li><b>Tries</b>: each property names its own number, {@code Pbt.tries(1000)}. QuickTheories
 *       counts attempts and checks a value whose draws repeat an earlier attempt's only once, so
 *       the numbers are set for each property to check at least as many different values as it
 *       tried under jqwik, its former library (measured with the default seed).</li>
 *   <li><b>Seed</b>: always fixed, so that every build, local or CI, checks the same values and
 *       a failure repeats: {@link #DEFAULT_SEED}, or the long given as the system property
 *       {@value #SEED_PROPERTY} ({@code ./mvnw -B verify -Dnastavnik.pbt.seed=42}). The value
 *       {@code random} takes a new seed from the clock for each property, to look for new
 *       counterexamples.</li>
 *   <li><b>Shrinking</b>: {@value #SHRINK_CYCLES} attempts after a failure.</li>
 *   <li><b>Failure</b>: the smallest counterexample found by shrinking, the number of tries it
 *       took, the seed and the command-line switch that repeats the run, with the property's own
 *       assertion error as the cause.</li>
 * </ul>
 */
public final class Pbt {
    /** The system property that sets the seed: a long, or {@code random}. */
    public static final String SEED_PROPERTY = "nastavnik.pbt.seed";

    /** The seed used when {@value #SEED_PROPERTY} is not set. */
    public static final long DEFAULT_SEED = 20_251_202L;

    /** Attempts at a value that meets a generator's assumptions before a try is given up. */
    static final int GENERATE_ATTEMPTS = 100;

    private Pbt() {
    }

    /**
     * A property run of the given number of tries with this project's seed and report.
     *
     * @param tries  how many values to try, at least 1
     * @return the QuickTheories entry point: {@code forAll(generators...).checkAssert(...)}
     */
    public static QuickTheory tries(int tries) {
        if (tries < 1) {
            throw new IllegalArgumentException("tries (" + tries + ") must be at least 1");
        }
        long seed = seed();
        return QuickTheory.qt()
                .withFixedSeed(seed)
                .withExamples(tries)
                .withShrinkCycles(SHRINK_CYCLES)
                .withGenerateAttempts(GENERATE_ATTEMPTS)
                .withReporter(new SeedReporter(seed));
    }

    /**
     * The seed of the next run.
     *
     * @return {@value #SEED_PROPERTY} as a long, a seed from the clock if it is {@code random},
     *         else {@link #DEFAULT_SEED}
     * @throws IllegalArgumentException if the property is neither a long nor {@code random}
     */
    public static long seed() {
        String value = System.getProperty(SEED_PROPERTY, "").strip();
        if (value.isEmpty()) {
            return DEFAULT_SEED;
        }
        if (value.equals("random")) {
            return System.nanoTime();
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(SEED_PROPERTY + " (" + value
                    + ") must be a whole number (the seed a failure printed) or 'random'", e);
        }
    }

    /**
     * Shrinking runs only after a failure, for this many attempts whatever it finds: QuickTheories
     * changes one draw at a time, at random, so a value of some two thousand draws (a snapshot)
     * needs some thousands to shrink well. A slow property sets fewer with {@code withShrinkCycles}.
     */
    static final int SHRINK_CYCLES = 20_000;

    /**
     * Reports a falsified property with its seed, as an {@link AssertionError}. (QuickTheories 0.26,
     * its last release, spells the two methods {@code falisification}.)
     */
    static final class SeedReporter implements Reporter {
        private final long seed;

        SeedReporter(long seed) {
            this.seed = seed;
        }

        @Override
        public void falisification(long usedSeed, int count, Object smallest, Throwable cause, List<Object> examples,
                AsString<Object> toString) {
            AssertionError error = new AssertionError(message(usedSeed, count, smallest, examples, toString)
                    + System.lineSeparator() + "Cause: " + cause);
            error.initCause(cause);
            throw error;
        }

        @Override
        public void falisification(long usedSeed, int count, Object smallest, List<Object> examples,
                AsString<Object> toString) {
            throw new AssertionError(message(usedSeed, count, smallest, examples, toString));
        }

        @Override
        public void valuesExhausted(int completed) {
            throw new AssertionError("Property gave up: only " + completed + " value(s) met the generator's"
                    + " assumptions within " + GENERATE_ATTEMPTS + " attempts each; seed " + seed
                    + " (repeat with -D" + SEED_PROPERTY + "=" + seed + ")");
        }

        private static String message(long seed, int count, Object smallest, List<Object> examples,
                AsString<Object> toString) {
            String nl = System.lineSeparator();
            return "Property falsified after " + count + " tries; seed " + seed + " (repeat with -D" + SEED_PROPERTY
                    + "=" + seed + ")" + nl
                    + "Smallest counterexample (" + examples.size() + " shrinking step(s)):" + nl
                    + toString.asString(smallest);
        }
    }
}
