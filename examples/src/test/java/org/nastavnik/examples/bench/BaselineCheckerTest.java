package org.nastavnik.examples.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nastavnik.model.Snapshot;
import org.nastavnik.rules.ComplianceEngine;
import org.nastavnik.rules.Finding;
import org.nastavnik.rules.spi.RuleParameters;

class BaselineCheckerTest {

    private static final ComplianceEngine SUBSET = ComplianceEngine.builder().onlyRules(BaselineChecker.RULES).build();
    private static final BaselineChecker BASELINE = new BaselineChecker(RuleParameters.federal());

    private static void assertSameFindings(Snapshot s) {
        List<String> engine = SUBSET.check(s, TerritoryGenerator.AS_OF).findings().stream().map(Finding::key).sorted()
                .toList();
        List<String> baseline = BASELINE.check(s, TerritoryGenerator.AS_OF).stream().map(BaselineChecker.Result::key)
                .sorted().toList();
        assertEquals(engine, baseline);
        assertFalse(engine.isEmpty());
    }

    @Test
    void should_give_the_engines_findings_when_checking_schools() {
        for (long seed = 1; seed <= 20; seed++) {
            assertSameFindings(TerritoryGenerator.of(Scale.SCHOOL, seed).snapshot());
        }
    }

    @Test
    void should_give_the_engines_findings_when_checking_a_municipality() {
        assertSameFindings(TerritoryGenerator.of(Scale.MUNICIPALITY, 9).snapshot());
    }

    @Test
    void should_implement_exactly_the_rules_of_the_subset_engine() {
        assertEquals(BaselineChecker.RULES, SUBSET.rules().stream().map(r -> r.id())
                .collect(java.util.stream.Collectors.toSet()));
    }
}
