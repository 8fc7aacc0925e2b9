package org.nastavnik.suggest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem;
import org.jgrapht.alg.interfaces.MinimumCostFlowAlgorithm;
import org.jgrapht.graph.DirectedWeightedMultigraph;

/**
 * The reference for {@link FlowAssignment} in tests: the same network solved by JGraphT's
 * capacity-scaling minimum-cost flow, from each mentee through one allowed mentor to a sink, each
 * mentor reaching the sink by one arc per free place. A mentee may also go straight to the sink at
 * a cost larger than any difference the penalties can make, so that every assignment matching the
 * most mentees beats every one matching fewer. Costs are whole numbers, exact in doubles.
 */
final class ReferenceAssignment {

    private ReferenceAssignment() {
    }

    /** An arc of the network: its capacity and cost; identity equality, as JGraphT's edges need. */
    private static final class Arc {
        final int capacity;
        final double cost;
        final int edge;

        Arc(int capacity, double cost, int edge) {
            this.capacity = capacity;
            this.cost = cost;
            this.edge = edge;
        }
    }

    /**
     * @param mentees  the number of mentees
     * @param mentors  the number of mentors
     * @param edgeMentee  per allowed edge, the mentee's index
     * @param edgeMentor  per allowed edge, the mentor's index
     * @param edgeCost  per allowed edge, its penalty, at least 0
     * @param slotCosts  per mentor, the cost of each free place in order (its length is the free capacity), non-decreasing
     * @return per mentee, the index of the edge chosen, or -1
     */
    static int[] solve(int mentees, int mentors, int[] edgeMentee, int[] edgeMentor, long[] edgeCost, long[][] slotCosts) {
        int[] chosen = new int[mentees];
        Arrays.fill(chosen, -1);
        // components by union-find over mentees (0..mentees-1) and mentors (mentees..)
        int[] parent = new int[mentees + mentors];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int e = 0; e < edgeMentee.length; e++) {
            union(parent, edgeMentee[e], mentees + edgeMentor[e]);
        }
        Map<Integer, List<Integer>> edgesByRoot = new java.util.TreeMap<>();
        for (int e = 0; e < edgeMentee.length; e++) {
            edgesByRoot.computeIfAbsent(find(parent, edgeMentee[e]), k -> new ArrayList<>()).add(e);
        }
        for (List<Integer> component : edgesByRoot.values()) {
            solveComponent(component, mentees, edgeMentee, edgeMentor, edgeCost, slotCosts, chosen);
        }
        return chosen;
    }

    private static void solveComponent(List<Integer> edges, int mentees, int[] edgeMentee, int[] edgeMentor,
            long[] edgeCost, long[][] slotCosts, int[] chosen) {
        // local vertex numbers in the order of first appearance (edges are in mentee, then mentor order)
        Map<Integer, Integer> local = new java.util.LinkedHashMap<>();
        int menteeCount = 0;
        for (int e : edges) {
            if (!local.containsKey(edgeMentee[e])) {
                local.put(edgeMentee[e], local.size());
                menteeCount++;
            }
        }
        for (int e : edges) {
            local.putIfAbsent(mentees + edgeMentor[e], local.size());
        }
        int sink = local.size();
        long maxEdge = 0;
        long maxSlot = 0;
        for (int e : edges) {
            maxEdge = Math.max(maxEdge, edgeCost[e]);
        }
        for (Map.Entry<Integer, Integer> v : local.entrySet()) {
            if (v.getKey() >= mentees) {
                long[] slots = slotCosts[v.getKey() - mentees];
                for (int k = 0; k < Math.min(slots.length, menteeCount); k++) {
                    maxSlot = Math.max(maxSlot, slots[k]);
                }
            }
        }
        double unmatched = (double) (menteeCount + 1) * (maxEdge + maxSlot + 1);

        Graph<Integer, Arc> g = new DirectedWeightedMultigraph<>(null, null);
        for (int v = 0; v <= sink; v++) {
            g.addVertex(v);
        }
        for (int m = 0; m < menteeCount; m++) {
            g.addEdge(m, sink, new Arc(1, unmatched, -1));
        }
        for (int e : edges) {
            g.addEdge(local.get(edgeMentee[e]), local.get(mentees + edgeMentor[e]), new Arc(1, edgeCost[e], e));
        }
        for (Map.Entry<Integer, Integer> v : local.entrySet()) {
            if (v.getKey() < mentees) {
                continue;
            }
            long[] slots = slotCosts[v.getKey() - mentees];
            int places = Math.min(slots.length, menteeCount);
            boolean flat = places > 0 && slots[0] == slots[places - 1];
            if (flat) {
                g.addEdge(v.getValue(), sink, new Arc(places, slots[0], -1));
            } else {
                for (int k = 0; k < places; k++) {
                    g.addEdge(v.getValue(), sink, new Arc(1, slots[k], -1));
                }
            }
        }
        // CapacityScalingMinimumCostFlow 1.5.3 reads the costs from the graph's edge weights, not from the problem
        for (Arc a : g.edgeSet()) {
            g.setEdgeWeight(a, a.cost);
        }
        final int supplyOfSink = -menteeCount;
        final int menteesHere = menteeCount;
        MinimumCostFlowProblem<Integer, Arc> problem = new MinimumCostFlowProblem.MinimumCostFlowProblemImpl<>(g,
                v -> v < menteesHere ? 1 : v == sink ? supplyOfSink : 0, a -> a.capacity, a -> 0, a -> a.cost);
        MinimumCostFlowAlgorithm.MinimumCostFlow<Arc> flow = new CapacityScalingMinimumCostFlow<Integer, Arc>()
                .getMinimumCostFlow(problem);
        for (Map.Entry<Arc, Double> f : flow.getFlowMap().entrySet()) {
            Arc a = f.getKey();
            if (a.edge >= 0 && f.getValue() > 0.5) {
                chosen[edgeMentee[a.edge]] = a.edge;
            }
        }
    }

    private static int find(int[] parent, int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
