package org.nastavnik.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.nastavnik.pbt.Pbt;
import org.quicktheories.core.Gen;
import org.quicktheories.core.NoGuidance;
import org.quicktheories.impl.Precursor;

/** The generator's snapshots shrink: a counterexample comes back small. */
class SnapshotGeneratorTest {

    @Test
    void a_counterexample_shrinks_to_a_small_snapshot() {
        // given a property that fails for every snapshot with two pairs or more
        List<Snapshot> failing = new ArrayList<>();
        assertThrows(AssertionError.class, () -> Pbt.tries(300).withShrinkCycles(5_000)
                .forAll(SnapshotGenerator.snapshots())
                .checkAssert(s -> {
                    if (s.mentorships().size() >= 2) {
                        failing.add(s);
                        fail("two pairs");
                    }
                }));

        // then the last value that failed, the one reported, has two pairs and little else
        // (a snapshot of the largest size has about 150 elements)
        Snapshot smallest = failing.get(failing.size() - 1);
        String description = SnapshotGenerator.describe(smallest);
        assertEquals(2, smallest.mentorships().size(), description);
        assertEquals(1, smallest.organizations().size(), description);
        assertEquals(List.of(), smallest.roadmaps(), description);
        int elements = smallest.people().size() + smallest.curatorAppointments().size() + smallest.registry().size()
                + smallest.consents().size() + smallest.formAdoptions().size() + smallest.meetings().size()
                + smallest.trainings().size() + smallest.programmes().size() + smallest.monitoringReports().size()
                + smallest.listUpdates().size() + smallest.localActs().size() + smallest.agreements().size()
                + smallest.completions().size() + smallest.targetIndicators().size()
                + smallest.indicatorValues().size();
        assertTrue(elements <= 5, description);
    }

    @Test
    void every_snapshot_and_roadmap_is_made_of_the_same_number_of_draws() {
        // so that shrinking one draw (a count, a flag, a length) never shifts the others
        assertEquals(1, drawCounts(SnapshotGenerator.snapshots()).size());
        assertEquals(1, drawCounts(SnapshotGenerator.roadmaps()).size());
    }

    private static Set<Integer> drawCounts(Gen<?> gen) {
        Set<Integer> counts = new TreeSet<>();
        Pbt.tries(300).withGuidance(prng -> new NoGuidance() {
            @Override
            public void newExample(Precursor precursor) {
                counts.add(precursor.current().length);
            }
        }).forAll(gen).checkAssert(value -> { });
        return counts;
    }
}
