package org.nastavnik.testing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.nastavnik.rules.ComplianceReport;

/** Checks that the rule ids an assertion names are rules the report's engine has; suggests near ids. */
final class RuleIds {

    private RuleIds() {
    }

    /** @return the ids of the rules a report's check evaluated or waived; empty if it does not say */
    static Set<String> known(ComplianceReport report) {
        Set<String> known = new TreeSet<>(report.rulesEvaluated());
        report.waivers().forEach(w -> known.add(w.ruleId()));
        return known;
    }

    /** @return the ids of an engine's rules and of the rules it waives */
    static Set<String> knownOf(org.nastavnik.rules.ComplianceEngine engine) {
        Set<String> known = new TreeSet<>();
        engine.rules().forEach(r -> known.add(r.id()));
        engine.waivers().forEach(w -> known.add(w.ruleId()));
        return known;
    }

    /**
     * @return a message for each id that is not among the known ones (none when {@code known} is
     *     empty: a report built by hand does not say which rules it had)
     */
    static List<String> unknown(Collection<String> ids, Set<String> known) {
        List<String> problems = new ArrayList<>();
        if (known.isEmpty()) {
            return problems;
        }
        for (String id : ids) {
            if (!known.contains(id)) {
                List<String> near = near(id, known);
                problems.add(id + (near.isEmpty() ? " (no rule with a similar id)" : " (did you mean "
                        + String.join(", ", near) + "?)"));
            }
        }
        return problems;
    }

    /** @return up to three known ids nearest to {@code id} by edit distance, within a third of its length (at least 3) */
    static List<String> near(String id, Collection<String> known) {
        int limit = Math.max(3, id.length() / 3);
        return known.stream().map(k -> new Object[] {k, distance(id, k)}).filter(p -> (int) p[1] <= limit)
                .sorted(Comparator.<Object[]>comparingInt(p -> (int) p[1]).thenComparing(p -> (String) p[0]))
                .limit(3).map(p -> (String) p[0]).toList();
    }

    /** @return the Levenshtein distance of two strings */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
