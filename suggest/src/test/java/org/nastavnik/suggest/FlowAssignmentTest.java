package org.nastavnik.suggest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nastavnik.pbt.Gens;
import org.nastavnik.pbt.Pbt;
import org.quicktheories.core.Gen;

/** The assignment is a minimum-cost maximum flow: as many mentees as JGraphT's solver matches, at the same least cost. */
class FlowAssignmentTest {

    /** A random pool: its edges, costs and the places of each mentor. */
    private record Pool(int mentees, int mentors, int[] edgeMentee, int[] edgeMentor, long[] edgeCost, long[][] slots) {

        static Pool random(long seed, int mentees, int mentors, int density, int load) {
            SplittableRandom r = new SplittableRandom(seed);
            List<int[]> edges = new ArrayList<>();
            List<Long> costs = new ArrayList<>();
            for (int e = 0; e < mentees; e++) {
                for (int m = 0; m < mentors; m++) {
                    if (r.nextInt(100) < density) {
                        edges.add(new int[] {e, m});
                        costs.add((long) r.nextInt(4) * 10 + r.nextInt(3)); // few distinct costs, many ties
                    }
                }
            }
            long[][] slots = new long[mentors][];
            for (int m = 0; m < mentors; m++) {
                int existing = r.nextInt(3);
                slots[m] = new long[r.nextInt(4)]; // 0 to 3 free places
                for (int k = 0; k < slots[m].length; k++) {
                    slots[m][k] = 2L * load * (existing + k);
                }
            }
            return new Pool(mentees, mentors, edges.stream().mapToInt(x -> x[0]).toArray(),
                    edges.stream().mapToInt(x -> x[1]).toArray(), costs.stream().mapToLong(Long::longValue).toArray(),
                    slots);
        }

        int[] solve() {
            return FlowAssignment.solve(mentees, mentors, edgeMentee, edgeMentor, edgeCost, slots);
        }

        /** @return the mentees matched and the total cost, the checks of a valid assignment passed */
        long[] judge(int[] chosen) {
            int[] load = new int[mentors];
            long cost = 0;
            int matched = 0;
            for (int e = 0; e < mentees; e++) {
                int c = chosen[e];
                if (c < 0) {
                    continue;
                }
                assertEquals(e, edgeMentee[c], "mentee " + e + " is given an edge of another");
                matched++;
                cost += edgeCost[c] + slots[edgeMentor[c]][load[edgeMentor[c]]++];
            }
            for (int m = 0; m < mentors; m++) {
                assertTrue(load[m] <= slots[m].length, "mentor " + m + " over capacity");
            }
            return new long[] {matched, cost};
        }
    }

    /** Random pools: 1 to 40 mentees, 1 to 30 mentors, 1 to 60 % of the pairs allowed, load weighed 0 to 3. */
    private static Gen<Pool> pools() {
        return Gens.of(d -> Pool.random(d.between(0L, Long.MAX_VALUE - 1), d.between(1, 40), d.between(1, 30),
                d.between(1, 60), d.between(0, 3)));
    }

    @Test
    void should_match_as_many_at_the_same_least_cost_as_the_reference() {
        Pbt.tries(300).forAll(pools()).checkAssert(pool -> {
            // when
            int[] chosen = pool.solve();
            int[] reference = ReferenceAssignment.solve(pool.mentees, pool.mentors, pool.edgeMentee, pool.edgeMentor,
                    pool.edgeCost, pool.slots);

            // then
            assertArrayEquals(pool.judge(reference), pool.judge(chosen));
        });
    }

    @Test
    void the_same_input_should_give_the_same_assignment() {
        Pool pool = Pool.random(7, 300, 200, 30, 1);
        assertArrayEquals(pool.solve(), pool.solve());
    }

    @Test
    void a_cheaper_mentor_should_be_given_up_when_that_matches_one_more_mentee() {
        // mentee 0 prefers mentor 0 (cost 0) to mentor 1 (cost 9); mentee 1 can only have mentor 0; one place each
        Pool pool = new Pool(2, 2, new int[] {0, 0, 1}, new int[] {0, 1, 0}, new long[] {0, 9, 5},
                new long[][] {{0}, {0}});
        assertArrayEquals(new int[] {1, 2}, pool.solve());
    }
}
