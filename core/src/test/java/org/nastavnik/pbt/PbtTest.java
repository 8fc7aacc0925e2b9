package org.nastavnik.pbt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

class PbtTest {

    @AfterEach
    void clearSeed() {
        System.clearProperty(Pbt.SEED_PROPERTY);
    }

    private static AssertionError falsify() {
        return assertThrows(AssertionError.class, () -> Pbt.tries(1000)
                .forAll(SourceDSL.integers().between(0, 1_000_000), Gens.lists(Gens.pick("a", "b", "c"), 0, 20))
                .checkAssert((n, letters) -> assertTrue(n < 10 || !letters.contains("c"), "too big with c")));
    }

    @Test
    void a_falsified_property_reports_the_smallest_counterexample_and_the_seed() {
        AssertionError e = falsify();

        String nl = System.lineSeparator();
        assertTrue(e.getMessage().startsWith("Property falsified after "), e.getMessage());
        assertTrue(e.getMessage().contains("; seed " + Pbt.DEFAULT_SEED + " (repeat with -Dnastavnik.pbt.seed="
                + Pbt.DEFAULT_SEED + ")" + nl), e.getMessage());
        // the number shrinks to its bound; QuickTheories shrinks the list's size and letters, not one
        // element out of its middle, so some of the list may stay
        assertTrue(e.getMessage().contains("shrinking step(s)):" + nl + "{10, ["), e.getMessage());
        assertTrue(e.getCause().getMessage().startsWith("too big with c"), e.getCause().getMessage());
    }

    @Test
    void the_same_seed_repeats_the_same_run() {
        System.setProperty(Pbt.SEED_PROPERTY, "42");
        AssertionError first = falsify();
        AssertionError second = falsify();

        assertTrue(first.getMessage().contains("seed 42 (repeat with -Dnastavnik.pbt.seed=42)"), first.getMessage());
        assertEquals(first.getMessage(), second.getMessage());
    }

    @Test
    void a_random_seed_is_printed_as_a_number_that_repeats_the_run() {
        System.setProperty(Pbt.SEED_PROPERTY, "random");
        String message = falsify().getMessage();
        String seed = message.substring(message.indexOf("-Dnastavnik.pbt.seed=") + 21, message.indexOf(')'));

        System.setProperty(Pbt.SEED_PROPERTY, seed);
        assertEquals(message, falsify().getMessage());
    }

    @Test
    void a_seed_that_is_not_a_number_is_refused_naming_the_property_and_the_value() {
        System.setProperty(Pbt.SEED_PROPERTY, "12ab");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Pbt.tries(10));
        assertEquals("nastavnik.pbt.seed (12ab) must be a whole number (the seed a failure printed) or 'random'",
                e.getMessage());
    }

    @Test
    void a_property_that_holds_passes_silently() {
        Pbt.tries(500).forAll(Gens.shuffled(List.of(1, 2, 3, 4, 5)))
                .checkAssert(order -> assertEquals(15, order.stream().mapToInt(Integer::intValue).sum()));
    }

    @Test
    void zero_tries_are_refused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Pbt.tries(0));
        assertEquals("tries (0) must be at least 1", e.getMessage());
    }
}
