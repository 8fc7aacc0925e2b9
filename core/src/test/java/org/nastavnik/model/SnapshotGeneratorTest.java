package org.nastavnik.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nastavnik.pbt.Pbt;

/** The generator's snapshots shrink: a counterexample comes back small. */
class SnapshotGeneratorTest {

    @Test
    void a_counterexample_shrinks_to_a_small_snapshot() {
        // given a property that fails for every snapshot with two pairs or more
        List<Snapshot> failing = new ArrayList<>();
        assertThrows(AssertionError.class, () -> Pbt.tries(300).forAll(SnapshotGenerator.snapshots())
                .checkAssert(s -> {
                    if (s.mentorships().size() >= 2) {
                        failing.add(s);
                        fail("two pairs");
                    }
                }));

        // then the last value that failed, the one reported, has two pairs and little else
        Snapshot smallest = failing.get(failing.size() - 1);
        assertEquals(2, smallest.mentorships().size(), smallest::toString);
        assertEquals(List.of(), smallest.meetings(), smallest::toString);
        assertEquals(List.of(), smallest.roadmaps(), smallest::toString);
        assertEquals(1, smallest.organizations().size(), smallest::toString);
    }
}
