package org.nastavnik.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nastavnik.model.Snapshot;

class OnlyRulesTest {

    /** No curator, the form's window closed with no pair, and a pair with its mentor among the mentees. */
    private static Snapshot snapshot() {
        return Fixtures.school().addFormAdoptions(Fixtures.adopts("s1", "01.09.2022"))
                .addMentorships(Fixtures.pair("p1", "s1", "t1", List.of("t1"), "01.08.2022")).build();
    }

    @Test
    void should_build_an_engine_with_only_the_named_rules_when_built_with_only_rules() {
        // given
        ComplianceEngine engine = ComplianceEngine.builder().onlyRules(List.of("CURATOR_MISSING")).build();

        // when
        ComplianceReport report = engine.check(snapshot(), Fixtures.date("01.10.2022"));

        // then
        assertEquals(List.of("CURATOR_MISSING"), engine.rules().stream().map(RuleDescriptor::id).toList());
        assertEquals(List.of("CURATOR_MISSING"), report.rulesEvaluated());
        assertEquals(List.of("CURATOR_MISSING|organization:s1"), report.findings().stream().map(Finding::key).toList());
    }

    @Test
    void should_refuse_to_build_when_only_rules_names_an_unknown_rule() {
        // given
        ComplianceEngineBuilder builder = ComplianceEngine.builder().onlyRules(List.of("CURATOR_MISSING", "NO_SUCH"));

        // when
        IllegalStateException e = assertThrows(IllegalStateException.class, builder::build);

        // then
        assertTrue(e.getMessage().contains("onlyRules names a rule the engine does not have (NO_SUCH)"), e.getMessage());
    }

    @Test
    void should_fire_only_the_named_rules_when_the_check_options_restrict_them() {
        // given
        CheckOptions options = CheckOptions.defaults().withOnlyRules(Set.of("PAIR_INCOMPLETE"));

        // when
        ComplianceReport report = ComplianceEngine.federal().check(snapshot(), Fixtures.date("01.10.2022"), options);

        // then
        assertEquals(List.of("PAIR_INCOMPLETE"), report.rulesEvaluated());
        assertEquals(List.of("PAIR_INCOMPLETE|organization:s1|mentorship:p1|person:t1"),
                report.findings().stream().map(Finding::key).toList());
    }

    @Test
    void should_refuse_a_check_restricted_to_an_unknown_rule() {
        // given
        CheckOptions options = CheckOptions.defaults().withOnlyRules(Set.of("NO_SUCH"));

        // when
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ComplianceEngine.federal().check(snapshot(), Fixtures.date("01.10.2022"), options));

        // then
        assertTrue(e.getMessage().startsWith("onlyRules names a rule the engine does not have (NO_SUCH)"), e.getMessage());
    }

    @Test
    void should_refuse_an_empty_set_of_rules() {
        // when
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CheckOptions.defaults().withOnlyRules(Set.of()));

        // then
        assertEquals("the set of rules to fire is empty; name at least one rule id", e.getMessage());
    }
}
