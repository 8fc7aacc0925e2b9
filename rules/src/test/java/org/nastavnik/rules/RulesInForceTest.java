package org.nastavnik.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nastavnik.rules.Fixtures.date;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.nastavnik.model.Snapshot;

/** Rules in force by date: a check as of a day applies only the rules whose sources are in force on it. */
class RulesInForceTest {

    private final ComplianceEngine engine = ComplianceEngine.federal();

    @Test
    void every_rule_and_its_source_should_have_the_day_it_took_effect() {
        for (RuleDescriptor d : engine.rules()) {
            assertTrue(d.source().inForceFrom().isPresent(), d.id());
            assertFalse(d.inForceFrom().isBefore(d.source().inForceFrom().get()), d.id());
        }
    }

    @Test
    void should_apply_only_the_rules_in_force_on_the_check_date() {
        Snapshot s = Fixtures.school().build();
        for (String day : List.of("01.06.2020", "01.06.2021", "01.06.2022", "01.06.2024", "01.06.2025")) {
            LocalDate asOf = date(day);
            ComplianceReport report = engine.check(s, asOf);
            List<String> inForce = engine.rulesInForce(asOf).stream().map(RuleDescriptor::id).collect(Collectors.toList());
            assertEquals(inForce, report.rulesEvaluated(), day);
            assertTrue(report.findings().stream().allMatch(f -> inForce.contains(f.ruleId())), day);
            assertTrue(report.ruleSetVersion().startsWith(engine.ruleSetVersion() + ";inForce="), report.ruleSetVersion());
        }
    }

    @Test
    void a_letter_of_december_2021_should_not_apply_before_it() {
        // АЗ-1128/08 is of 21.12.2021: its rules are not in force on 20.12.2021 and are on 21.12.2021
        Set<String> before = ids(engine.rulesInForce(date("20.12.2021")));
        Set<String> on = ids(engine.rulesInForce(date("21.12.2021")));
        assertFalse(before.contains("LOCAL_ACT_MISSING"));
        assertTrue(on.contains("LOCAL_ACT_MISSING"));
        assertTrue(on.containsAll(before));
        ComplianceReport report = engine.check(Fixtures.school().build(), date("20.12.2021"));
        assertTrue(report.findings("LOCAL_ACT_MISSING").isEmpty());
        assertFalse(engine.check(Fixtures.school().build(), date("21.12.2021")).findings("LOCAL_ACT_MISSING").isEmpty());
    }

    @Test
    void the_report_version_should_name_the_period_of_its_rules() {
        Snapshot s = Fixtures.school().build();
        String v2024 = engine.check(s, date("01.06.2024")).ruleSetVersion();
        String v2023 = engine.check(s, date("01.06.2023")).ruleSetVersion();
        String v2025 = engine.check(s, date("01.06.2025")).ruleSetVersion();
        assertEquals(engine.ruleSetVersion() + ";inForce=2021-12-21..2025-02-28", v2024);
        assertEquals(v2023, v2024, "the same rules were in force on both days");
        assertEquals(engine.ruleSetVersion() + ";inForce=2025-03-01..", v2025);
    }

    @Test
    void a_session_should_show_the_rules_in_force_on_its_day_and_change_with_it() {
        Snapshot s = MentorLabourConsentMissingTest.teacherPair().build();
        try (ComplianceSession session = engine.openSession(s, date("01.06.2024"))) {
            assertEquals(engine.check(s, date("01.06.2024")), session.report());
            FindingChanges changes = session.advanceTo(date("01.06.2025"));
            assertEquals(engine.check(s, date("01.06.2025")), session.report());
            assertTrue(changes.added().stream().anyMatch(f -> f.ruleId().equals("MENTOR_LABOUR_CONSENT_MISSING")));
            FindingChanges back = session.advanceTo(date("01.06.2024"));
            assertEquals(engine.check(s, date("01.06.2024")), session.report());
            assertTrue(back.removed().stream().anyMatch(f -> f.ruleId().equals("MENTOR_LABOUR_CONSENT_MISSING")));
        }
    }

    @Test
    void checks_as_of_different_days_should_agree_when_run_at_once() throws Exception {
        Snapshot s = MentorLabourConsentMissingTest.teacherPair().build();
        ComplianceReport a = engine.check(s, date("01.06.2024"));
        ComplianceReport b = engine.check(s, date("01.06.2025"));
        List<java.util.concurrent.Callable<Boolean>> tasks = new java.util.ArrayList<>();
        for (int i = 0; i < 16; i++) {
            boolean even = i % 2 == 0;
            tasks.add(() -> (even ? a : b).equals(engine.check(s, even ? date("01.06.2024") : date("01.06.2025"))));
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            for (java.util.concurrent.Future<Boolean> f : pool.invokeAll(tasks)) {
                assertTrue(f.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    private static Set<String> ids(List<RuleDescriptor> rules) {
        return rules.stream().map(RuleDescriptor::id).collect(Collectors.toCollection(TreeSet::new));
    }
}
