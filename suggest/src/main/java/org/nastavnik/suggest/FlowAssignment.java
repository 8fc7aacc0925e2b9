package org.nastavnik.suggest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The exact assignment of a pool: a minimum-cost maximum flow from a source through each mentee
 * (one unit), one allowed mentor, to a sink; each mentor reaches the sink by one unit arc per free
 * place, the k-th place costing the load penalty of k mentees, so that load spreads when the
 * caller weighs it. Among the assignments that match the most mentees, the one of least total
 * penalty is found.
 *
 * <p>The algorithm is the primal-dual one (successive shortest paths with Johnson's potentials):
 * Dijkstra finds the shortest distance to the sink in reduced costs, then every shortest path at
 * that distance is augmented at once by blocking flows (as in Dinic's algorithm) over the arcs of
 * zero reduced cost. Penalties are small whole numbers, so there are few distinct distances and
 * few Dijkstra passes (a school of the benchmark takes five to eight); each pass is linear in the
 * arcs. Arrays only, no boxing.
 *
 * <p>The pool is split into its connected components first; components are solved in parallel.
 * Deterministic: arcs are tried in the order given (mentees, then mentors, in the order of their
 * ids), so the same input gives the same assignment.
 */
final class FlowAssignment {

    private static final long INF = Long.MAX_VALUE / 4;

    private FlowAssignment() {
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
        int edges = edgeMentee.length;
        for (int e = 0; e < edges; e++) {
            union(parent, edgeMentee[e], mentees + edgeMentor[e]);
        }
        // the edges of each component together, in their order (a counting sort)
        int[] componentOf = new int[parent.length];
        Arrays.fill(componentOf, -1);
        int[] edgeComponent = new int[edges];
        int components = 0;
        for (int e = 0; e < edges; e++) {
            int root = find(parent, edgeMentee[e]);
            if (componentOf[root] < 0) {
                componentOf[root] = components++;
            }
            edgeComponent[e] = componentOf[root];
        }
        int[] first = new int[components + 1];
        for (int e = 0; e < edges; e++) {
            first[edgeComponent[e] + 1]++;
        }
        for (int c = 0; c < components; c++) {
            first[c + 1] += first[c];
        }
        int[] ordered = new int[edges];
        int[] fill = Arrays.copyOf(first, components);
        for (int e = 0; e < edges; e++) {
            ordered[fill[edgeComponent[e]]++] = e;
        }
        // each vertex is in one component: the components share this array without touching the same cells
        int[] local = new int[parent.length];
        java.util.stream.IntStream ids = java.util.stream.IntStream.range(0, components);
        List<int[]> solved = (components > 1 ? ids.parallel() : ids).mapToObj(c -> solveComponent(ordered, first[c],
                first[c + 1], local, mentees, edgeMentee, edgeMentor, edgeCost, slotCosts)).toList();
        for (int[] flowing : solved) {
            for (int e : flowing) {
                chosen[edgeMentee[e]] = e;
            }
        }
        return chosen;
    }

    /** @return the edges of the component ({@code ordered[from..to)}) that carry flow */
    private static int[] solveComponent(int[] ordered, int from, int to, int[] local, int mentees, int[] edgeMentee,
            int[] edgeMentor, long[] edgeCost, long[][] slotCosts) {
        // local vertex numbers in the order of first appearance: mentees 0..a-1, then mentors
        List<Integer> mentorOrder = new ArrayList<>();
        int vertices = 0;
        for (int k = from; k < to; k++) {
            local[edgeMentee[ordered[k]]] = -1;
            local[mentees + edgeMentor[ordered[k]]] = -1;
        }
        for (int k = from; k < to; k++) {
            int v = edgeMentee[ordered[k]];
            if (local[v] < 0) {
                local[v] = vertices++;
            }
        }
        int a = vertices;
        for (int k = from; k < to; k++) {
            int m = edgeMentor[ordered[k]];
            if (local[mentees + m] < 0) {
                local[mentees + m] = vertices++;
                mentorOrder.add(m);
            }
        }
        int sink = vertices;
        int source = sink + 1;
        int slots = 0;
        for (int m : mentorOrder) {
            slots += Math.min(slotCosts[m].length, a);
        }
        Network net = new Network(source + 1, a + (to - from) + slots);
        for (int i = 0; i < a; i++) {
            net.arc(source, i, 1, 0, -1);
        }
        for (int k = from; k < to; k++) {
            int e = ordered[k];
            net.arc(local[edgeMentee[e]], local[mentees + edgeMentor[e]], 1, edgeCost[e], e);
        }
        for (int m : mentorOrder) {
            int v = local[mentees + m];
            long[] costs = slotCosts[m];
            int places = Math.min(costs.length, a);
            if (places > 0 && costs[0] == costs[places - 1]) {
                net.arc(v, sink, places, costs[0], -1);
            } else {
                for (int k = 0; k < places; k++) {
                    net.arc(v, sink, 1, costs[k], -1);
                }
            }
        }
        net.build();
        net.minCostMaxFlow(source, sink);
        return net.flowingEdges();
    }

    /** A flow network in arrays: arcs in pairs (an arc and its reverse), adjacency in compressed rows. */
    private static final class Network {
        final int nodes;
        int arcs;
        final int[] from;
        final int[] to;
        final int[] cap;
        final long[] cost;
        final int[] edge;
        int[] start;
        int[] adjacent;
        long[] potential;

        Network(int nodes, int pairs) {
            this.nodes = nodes;
            from = new int[2 * pairs];
            to = new int[2 * pairs];
            cap = new int[2 * pairs];
            cost = new long[2 * pairs];
            edge = new int[2 * pairs];
        }

        void arc(int u, int v, int capacity, long c, int edgeIndex) {
            set(arcs++, u, v, capacity, c, edgeIndex);
            set(arcs++, v, u, 0, -c, -1);
        }

        private void set(int i, int u, int v, int capacity, long c, int edgeIndex) {
            from[i] = u;
            to[i] = v;
            cap[i] = capacity;
            cost[i] = c;
            edge[i] = edgeIndex;
        }

        /** Lays out each node's arcs, in the order they were added. */
        void build() {
            start = new int[nodes + 1];
            for (int i = 0; i < arcs; i++) {
                start[from[i] + 1]++;
            }
            for (int v = 0; v < nodes; v++) {
                start[v + 1] += start[v];
            }
            adjacent = new int[arcs];
            int[] fill = Arrays.copyOf(start, nodes);
            for (int i = 0; i < arcs; i++) {
                adjacent[fill[from[i]]++] = i;
            }
            potential = new long[nodes];
        }

        private long reduced(int i) {
            return cost[i] + potential[from[i]] - potential[to[i]];
        }

        void minCostMaxFlow(int source, int sink) {
            long[] dist = new long[nodes];
            int[] level = new int[nodes];
            int[] current = new int[nodes];
            int[] queue = new int[nodes];
            int[] path = new int[nodes];
            Heap heap = new Heap(nodes);
            while (true) {
                // shortest distances in reduced costs (all non-negative) from the source
                Arrays.fill(dist, INF);
                dist[source] = 0;
                heap.push(source, 0);
                while (!heap.isEmpty()) {
                    int u = heap.pop();
                    if (u == sink) {
                        // the nodes not yet settled are no nearer than the sink: their potential rises by its distance
                        heap.clear();
                        break;
                    }
                    long du = dist[u];
                    for (int k = start[u]; k < start[u + 1]; k++) {
                        int i = adjacent[k];
                        if (cap[i] > 0) {
                            int v = to[i];
                            long d = du + reduced(i);
                            if (d < dist[v]) {
                                dist[v] = d;
                                heap.push(v, d);
                            }
                        }
                    }
                }
                if (dist[sink] >= INF) {
                    return;
                }
                long limit = dist[sink];
                for (int v = 0; v < nodes; v++) {
                    potential[v] += Math.min(dist[v], limit);
                }
                // every shortest path now runs on arcs of zero reduced cost: augment them all
                while (levels(source, sink, level, queue)) {
                    for (int v = 0; v < nodes; v++) {
                        current[v] = start[v];
                    }
                    while (augment(source, sink, level, current, path)) {
                        // one unit per path: each mentee supplies one
                    }
                }
            }
        }

        /** Breadth-first levels over the residual arcs of zero reduced cost; whether the sink is reached. */
        private boolean levels(int source, int sink, int[] level, int[] queue) {
            Arrays.fill(level, -1);
            level[source] = 0;
            int head = 0;
            int tail = 0;
            queue[tail++] = source;
            while (head < tail) {
                int u = queue[head++];
                for (int k = start[u]; k < start[u + 1]; k++) {
                    int i = adjacent[k];
                    int v = to[i];
                    if (cap[i] > 0 && level[v] < 0 && reduced(i) == 0) {
                        level[v] = level[u] + 1;
                        queue[tail++] = v;
                    }
                }
            }
            return level[sink] >= 0;
        }

        /** One augmenting path along the levels, found depth-first without recursion; whether one was found. */
        private boolean augment(int source, int sink, int[] level, int[] current, int[] path) {
            int depth = 0;
            int u = source;
            while (true) {
                if (u == sink) {
                    for (int d = 0; d < depth; d++) {
                        cap[path[d]]--;
                        cap[path[d] ^ 1]++;
                    }
                    return true;
                }
                int found = -1;
                for (; current[u] < start[u + 1]; current[u]++) {
                    int i = adjacent[current[u]];
                    int v = to[i];
                    if (cap[i] > 0 && level[v] == level[u] + 1 && reduced(i) == 0) {
                        found = i;
                        break;
                    }
                }
                if (found >= 0) {
                    path[depth++] = found;
                    u = to[found];
                } else {
                    level[u] = -1; // a dead end in this phase
                    if (depth == 0) {
                        return false;
                    }
                    u = from[path[--depth]];
                    current[u]++;
                }
            }
        }

        /** @return the allowed edges that carry flow */
        int[] flowingEdges() {
            int n = 0;
            int[] out = new int[arcs / 2];
            for (int i = 0; i < arcs; i += 2) {
                if (edge[i] >= 0 && cap[i] == 0) {
                    out[n++] = edge[i];
                }
            }
            return Arrays.copyOf(out, n);
        }
    }

    /** A binary min-heap of nodes by distance, with decrease-key. */
    private static final class Heap {
        final int[] nodes;
        final long[] keys;
        final int[] at;
        int size;

        Heap(int capacity) {
            nodes = new int[capacity];
            keys = new long[capacity];
            at = new int[capacity];
            Arrays.fill(at, -1);
        }

        boolean isEmpty() {
            return size == 0;
        }

        /** Inserts the node, or lowers its key. */
        void push(int node, long key) {
            int i = at[node];
            if (i < 0) {
                i = size++;
            } else if (keys[i] <= key) {
                return;
            }
            while (i > 0) {
                int p = (i - 1) >>> 1;
                if (keys[p] <= key) {
                    break;
                }
                move(p, i);
                i = p;
            }
            nodes[i] = node;
            keys[i] = key;
            at[node] = i;
        }

        void clear() {
            for (int i = 0; i < size; i++) {
                at[nodes[i]] = -1;
            }
            size = 0;
        }

        int pop() {
            int top = nodes[0];
            at[top] = -1;
            int last = nodes[--size];
            long key = keys[size];
            if (size > 0) {
                int i = 0;
                while (true) {
                    int c = 2 * i + 1;
                    if (c >= size) {
                        break;
                    }
                    if (c + 1 < size && keys[c + 1] < keys[c]) {
                        c++;
                    }
                    if (keys[c] >= key) {
                        break;
                    }
                    move(c, i);
                    i = c;
                }
                nodes[i] = last;
                keys[i] = key;
                at[last] = i;
            }
            return top;
        }

        private void move(int fromIndex, int toIndex) {
            nodes[toIndex] = nodes[fromIndex];
            keys[toIndex] = keys[fromIndex];
            at[nodes[toIndex]] = toIndex;
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
