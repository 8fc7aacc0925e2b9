package org.nastavnik.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.nastavnik.common.Language;
import org.nastavnik.rules.spi.RulePack;
import org.nastavnik.rules.spi.RuleParameters;

/** Every rule in the knowledge base has a complete descriptor, and every descriptor a rule. */
class RuleCatalogueTest {

    private final DefaultComplianceEngine engine = (DefaultComplianceEngine) ComplianceEngine.federal();

    @Test
    void should_describe_exactly_the_rules_of_the_knowledge_base() {
        Set<String> inBase = new TreeSet<>();
        for (KiePackage p : engine.kieBase().getKiePackages()) {
            for (Rule r : p.getRules()) {
                inBase.add(RuleTexts.ruleId(r));
            }
        }
        Set<String> described = engine.rules().stream().map(RuleDescriptor::id).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(inBase, described);
    }

    @Test
    void should_give_every_rule_a_complete_descriptor() {
        for (RuleDescriptor d : engine.rules()) {
            for (Language l : Language.values()) {
                assertFalse(d.description(l).isBlank(), d.id() + " description " + l);
                assertFalse(d.description(l).contains("\n"), d.id() + " description is one line");
            }
            assertFalse(d.source().document().isBlank(), d.id() + " source");
            assertFalse(d.source().clause().isBlank(), d.id() + " clause");
            assertEquals("federal", d.packId());
            if (d.reliability().isUnconfirmed()) {
                assertTrue(d.severity() != Severity.VIOLATION, d.id() + " has an unconfirmed source");
                assertTrue(d.severityNote(Language.RU).isPresent() && d.severityNote(Language.EN).isPresent(), d.id());
            }
        }
    }

    @Test
    void should_refuse_a_pack_with_missing_and_orphan_texts() {
        RulePack broken = RulePack.fromProperties("org/nastavnik/rules/broken/pack.properties", getClass().getClassLoader());
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new DefaultComplianceEngine(List.of(broken), RuleParameters.federal(), List.of()));
        assertTrue(e.getMessage().contains("rule PAIR_FORMED_LATE of pack broken has no text PAIR_FORMED_LATE.description "
                + "in English (org/nastavnik/rules/broken/messages_en.properties); add the line "
                + "PAIR_FORMED_LATE.description=…"), e.getMessage());
        assertTrue(e.getMessage().contains("rule CURATOR_MISSING has an unconfirmed source ([P]) but no severityNote in every language"), e.getMessage());
        assertTrue(e.getMessage().contains("pack broken has text NO_SUCH_RULE.description "
                + "(org/nastavnik/rules/broken/messages_ru.properties) for no rule; its rules: "), e.getMessage());
    }

    @Test
    void should_refuse_two_packs_defining_the_same_rule() {
        RulePack copy = new RulePack() {
            @Override
            public String id() {
                return "copy";
            }

            @Override
            public String version() {
                return "1";
            }

            @Override
            public String modelIndex() {
                return RulePack.federal().modelIndex();
            }

            @Override
            public String messages() {
                return RulePack.federal().messages();
            }
        };
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ComplianceEngine.builder().rulePack(copy).build());
        assertTrue(e.getMessage().contains("rule PAIR_INCOMPLETE is defined by two packs (federal, copy)"), e.getMessage());
    }

    @Test
    void should_refuse_a_waiver_of_an_unknown_rule_and_a_blank_reason() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ComplianceEngine.builder().waive("NO_SUCH_RULE", "because").build());
        assertTrue(e.getMessage().startsWith("a waiver names a rule the engine does not have"), e.getMessage());
        assertFalse(e.getMessage().contains("catalogue is incomplete"), e.getMessage());
        assertTrue(e.getMessage().contains("\n  NO_SUCH_RULE (reason: because)"), e.getMessage());
        IllegalStateException typo = assertThrows(IllegalStateException.class,
                () -> ComplianceEngine.builder().waive("MENTOR_OVERLAOD", "no cap").build());
        assertTrue(typo.getMessage().endsWith("MENTOR_OVERLAOD (reason: no cap); did you mean MENTOR_OVERLOAD?"),
                typo.getMessage());
        IllegalArgumentException blank = assertThrows(IllegalArgumentException.class,
                () -> ComplianceEngine.builder().waive("PAIR_INCOMPLETE", " "));
        assertEquals("waiver of rule PAIR_INCOMPLETE has a blank reason", blank.getMessage());
    }

    @Test
    void should_show_a_waiver_in_the_report_and_not_run_the_rule() {
        ComplianceEngine waived = ComplianceEngine.builder().waive("CURATOR_MISSING", "curators are tracked elsewhere").build();
        ComplianceReport report = waived.check(Fixtures.school().build(), Fixtures.date("01.10.2022"));
        assertEquals(List.of(Waiver.of("CURATOR_MISSING", "curators are tracked elsewhere")), report.waivers());
        assertFalse(report.rulesEvaluated().contains("CURATOR_MISSING"));
        assertEquals(List.of(), report.findings("CURATOR_MISSING"));
    }
}
