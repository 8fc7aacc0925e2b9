package org.nastavnik.testing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.nastavnik.rules.ComplianceReport;
import org.nastavnik.rules.NearIds;

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
                List<String> near = NearIds.near(id, known);
                problems.add(id + (near.isEmpty() ? " (no rule with a similar id)" : " (did you mean "
                        + String.join(", ", near) + "?)"));
            }
        }
        return problems;
    }
}
