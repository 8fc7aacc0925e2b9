package org.nastavnik.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.drools.core.common.BaseNode;
import org.drools.core.common.InternalWorkingMemory;
import org.drools.core.common.Memory;
import org.drools.core.common.MemoryFactory;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.reteoo.AccumulateNode;
import org.drools.core.reteoo.BetaMemory;
import org.drools.core.reteoo.FromNode;
import org.drools.core.reteoo.LeftTupleNode;
import org.drools.core.reteoo.TerminalNode;
import org.kie.api.runtime.KieSession;
import org.nastavnik.bench.fixtures.TerritoryGenerator;
import org.nastavnik.bench.fixtures.Scale;
import org.nastavnik.model.Snapshot;
import org.nastavnik.rules.ComplianceEngine;
import org.nastavnik.rules.ComplianceSession;

/**
 * What a live session's node memories hold, node by node: the left and right tuples in each
 * memory of the rule network after a region's session has fired, with the rules sharing the
 * node. A diagnostic of where a session's retained heap goes (it reads the engine's Drools
 * session by reflection). Arguments: the organizations (default 1000).
 */
public final class NodeMemoryProbe {

    private NodeMemoryProbe() {
    }

    /** @param args  the number of organizations, default 1000 */
    public static void main(String[] args) throws ReflectiveOperationException {
        int organizations = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        ComplianceEngine engine = ComplianceEngine.federal();
        Snapshot s = TerritoryGenerator.of(Scale.REGION, 42).snapshot(organizations);
        ComplianceSession session = engine.openSession(s, TerritoryGenerator.AS_OF);
        java.lang.reflect.Field f = session.getClass().getDeclaredField("session");
        f.setAccessible(true);
        KieSession kie = (KieSession) f.get(session);
        InternalWorkingMemory wm = (InternalWorkingMemory) kie;
        InternalRuleBase base = (InternalRuleBase) kie.getKieBase();
        Map<Integer, LeftTupleNode> nodes = new TreeMap<>();
        Map<Integer, List<String>> rules = new HashMap<>();
        for (Map.Entry<String, TerminalNode[]> e : base.getReteooBuilder().getTerminalNodes().entrySet()) {
            for (TerminalNode t : e.getValue()) {
                t.visitLeftTupleNodes(n -> {
                    nodes.put(n.getId(), n);
                    rules.computeIfAbsent(n.getId(), k -> new ArrayList<>()).add(e.getKey());
                });
            }
        }
        long totalLeft = 0;
        long totalRight = 0;
        List<String> rows = new ArrayList<>();
        for (LeftTupleNode n : nodes.values()) {
            if (!(n instanceof MemoryFactory<?> mf)) {
                continue;
            }
            Memory m = wm.getNodeMemories().peekNodeMemory(mf.getMemoryId());
            BetaMemory<?> bm = null;
            if (m instanceof BetaMemory<?> b) {
                bm = b;
            } else if (m instanceof AccumulateNode.AccumulateMemory a) {
                bm = a.getBetaMemory();
            } else if (m instanceof FromNode.FromMemory fm) {
                bm = fm.getBetaMemory();
            }
            if (bm == null) {
                continue;
            }
            int left = bm.getLeftTupleMemory() == null ? 0 : bm.getLeftTupleMemory().size();
            int right = bm.getRightTupleMemory() == null ? 0 : bm.getRightTupleMemory().size();
            totalLeft += left;
            totalRight += right;
            if (left + right >= 1000) {
                rows.add(String.format("%9d %9d %-28s %s", left, right, n.getClass().getSimpleName() + "#" + n.getId(),
                        rules.get(n.getId())));
            }
        }
        rows.sort(java.util.Comparator.comparingInt((String r) -> -Integer.parseInt(r.substring(0, 9).trim())
                - Integer.parseInt(r.substring(10, 19).trim())));
        System.out.println("     left     right node                         rules");
        rows.forEach(System.out::println);
        System.out.printf("total left %d right %d, facts %d%n", totalLeft, totalRight, kie.getFactCount());
        session.close();
    }
}
