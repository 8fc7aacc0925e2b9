package org.nastavnik.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.nastavnik.model.Snapshot;
import org.nastavnik.model.Territory;
import org.nastavnik.rules.spi.Parameter;
import org.nastavnik.rules.spi.RuleParameters;

/**
 * Issue 19: no parameter value, waiver or pack makes a federal VIOLATION disappear silently. For
 * every federal parameter and values across its allowed range, at the region, municipality and
 * organization layers: a profile that moves the parameter the weaker way past a VIOLATION rule
 * without a reason is refused; with a reason, the relaxation with its reason is in every report.
 * A waiver of a VIOLATION rule needs a reason and shows in every report; no pack can define a
 * rule under a federal id, and every engine gives each federal rule its federal severity.
 */
class FederalViolationInvariantTest {

    private static final ComplianceEngine FEDERAL = ComplianceEngine.federal();
    private static final Snapshot EMPTY = Snapshot.builder().asOf(LocalDate.of(2022, 10, 1))
            .territory(Territory.region("31")).build();

    /** The federal VIOLATION rules reading each parameter. */
    private static Set<String> violationsReading(String key) {
        Set<String> ids = new LinkedHashSet<>();
        for (RuleDescriptor r : FEDERAL.rules()) {
            if (r.severity() == Severity.VIOLATION && r.parameters().stream().anyMatch(p -> p.key().equals(key))) {
                ids.add(r.id());
            }
        }
        return ids;
    }

    /** Values across the allowed range: both ends, the default and points in between. */
    private static List<String> values(Parameter<?> p) {
        List<String> out = new ArrayList<>();
        if (p.type() == MonthDay.class) {
            for (String v : new String[] {"--01-01", "--03-31", "--06-30", "--09-01", "--10-01", "--12-31"}) {
                out.add(v);
            }
            return out;
        }
        String range = p.allowed().replace("none or ", "");
        int min = Integer.parseInt(range.substring(0, range.indexOf("..")));
        int max = Integer.parseInt(range.substring(range.indexOf("..") + 2));
        for (int i = 0; i <= 8; i++) {
            out.add(Integer.toString(min + (int) ((long) (max - min) * i / 8)));
        }
        if (p.type() == java.util.OptionalInt.class) {
            out.add("none");
        }
        return out;
    }

    private static Profile.Builder layer(int level) {
        Profile.Builder b = Profile.builder().region("31");
        if (level >= 1) {
            b.municipality("город Белгород");
        }
        if (level >= 2) {
            b.organization("s1");
        }
        return b;
    }

    @Test
    void should_refuse_or_report_every_weakening_of_a_federal_violation_at_every_layer() {
        int weakenings = 0;
        Set<String> reported = new java.util.HashSet<>();
        for (Parameter<?> p : RuleParameters.federalParameters()) {
            Set<String> violations = violationsReading(p.key());
            for (String value : values(p)) {
                boolean weaker;
                try {
                    weaker = RuleParameters.federal().toBuilder().set(p.key(), value).build()
                            .isWeakerThan(p.key(), RuleParameters.federal());
                } catch (IllegalArgumentException e) { // a value the parameters refuse together (min above max)
                    assertThrows(IllegalArgumentException.class, () -> layer(0).parameter(p.key(), value).build(), e
                            .getMessage());
                    continue;
                }
                for (int level = 0; level <= 2; level++) {
                    String where = p.key() + "=" + value + " at layer " + level;
                    if (weaker && !violations.isEmpty()) {
                        weakenings++;
                        int l = level;
                        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                                () -> layer(l).parameter(p.key(), value).build(), where);
                        assertTrue(e.getMessage().contains("parameter " + p.key() + " weakened"), e.getMessage());
                        Profile relaxed = layer(level).parameter(p.key(), value).relax(p.key(), "a stated reason " + where)
                                .build();
                        // the engine passes the profile's waivers to every report: proven once per parameter
                        List<Waiver> shown = reported.add(p.key())
                                ? ComplianceEngine.forProfile(relaxed).check(EMPTY, EMPTY.asOf()).waivers()
                                : relaxed.waivers();
                        for (String rule : violations) {
                            assertTrue(shown.stream().anyMatch(w -> w.ruleId().equals(rule)
                                    && w.parameter().orElse("").equals(p.key())
                                    && w.reason().contains("a stated reason " + where)), where + ": " + rule + " "
                                    + shown);
                        }
                    } else {
                        Profile profile = layer(level).parameter(p.key(), value).build();
                        assertTrue(profile.waivers().isEmpty(), where);
                    }
                }
            }
        }
        // today no federal VIOLATION reads a parameter (weakenings == 0); the next test checks the findings
        assertTrue(weakenings >= 0);
    }

    @Test
    void should_keep_every_federal_violation_finding_under_any_parameter_value_without_a_waiver() {
        Snapshot broken = org.nastavnik.testing.Scenario.in("31").school("s1").teacher("t1", 5).teacher("t2", 1)
                .pair("p1", org.nastavnik.testing.Scenario.mentor("t1")).snapshot();
        LocalDate asOf = LocalDate.of(2023, 3, 1);
        Set<String> violations = violationKeys(FEDERAL.check(broken, asOf));
        assertFalse(violations.isEmpty(), "the snapshot breaks federal violation-level duties");
        for (Parameter<?> p : RuleParameters.federalParameters()) {
            List<String> all = values(p);
            for (String value : new LinkedHashSet<>(List.of(all.get(0), all.get(all.size() - 1)))) {
                Profile profile;
                try {
                    profile = layer(0).parameter(p.key(), value).build();
                } catch (IllegalArgumentException e) {
                    continue; // refused: nothing silent
                }
                ComplianceReport report = ComplianceEngine.forProfile(profile).check(broken, asOf);
                Set<String> kept = violationKeys(report);
                Set<String> lost = new TreeSet<>(violations);
                lost.removeAll(kept);
                assertTrue(lost.isEmpty() || !report.waivers().isEmpty(), p.key() + "=" + value + " made federal "
                        + "violations disappear with no waiver in the report: " + lost);
            }
        }
    }

    private static Set<String> violationKeys(ComplianceReport report) {
        Set<String> keys = new TreeSet<>();
        report.allFindings().stream().filter(f -> f.severity() == Severity.VIOLATION).forEach(f -> keys.add(f.key()));
        return keys;
    }

    @Test
    void should_show_every_waiver_of_a_violation_with_its_reason_and_refuse_one_without() {
        for (RuleDescriptor r : FEDERAL.rules()) {
            if (r.severity() != Severity.VIOLATION) {
                continue;
            }
            assertThrows(IllegalArgumentException.class, () -> layer(0).waive(r.id(), " ").build(), r.id());
            ComplianceReport report = ComplianceEngine.forProfile(layer(1).waive(r.id(), "why " + r.id()).build())
                    .check(EMPTY, EMPTY.asOf());
            assertTrue(report.waivers().stream().anyMatch(w -> w.ruleId().equals(r.id()) && w.switchesOff()
                    && w.reason().equals("why " + r.id())), r.id() + " " + report.waivers());
            assertFalse(report.rulesEvaluated().contains(r.id()) && report.waivers().isEmpty(), r.id());
        }
    }

    @Test
    void should_give_every_federal_rule_its_federal_severity_in_every_built_in_profile_and_refuse_a_pack_redefining_one() {
        for (String code : Profiles.codes()) {
            assertFederalSeverities(ComplianceEngine.forProfile(Profiles.region(code)), "region " + code);
        }
        org.nastavnik.rules.spi.RulePack copy = org.nastavnik.rules.spi.RulePack.fromProperties(
                "org/nastavnik/rules/federal/pack.properties", getClass().getClassLoader());
        org.nastavnik.rules.spi.RulePack renamed = new org.nastavnik.rules.spi.RulePack() {
            @Override
            public String id() {
                return "lenient";
            }

            @Override
            public String version() {
                return "1";
            }

            @Override
            public String modelIndex() {
                return copy.modelIndex();
            }

            @Override
            public String messages() {
                return copy.messages();
            }

            @Override
            public List<String> packages() {
                return copy.packages();
            }
        };
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ComplianceEngine.builder().rulePack(renamed).build());
        assertTrue(e.getMessage().contains("is defined by two packs (federal, lenient)"), e.getMessage());
    }

    private static void assertFederalSeverities(ComplianceEngine engine, String where) {
        Map<String, Severity> federal = new TreeMap<>();
        FEDERAL.rules().forEach(r -> federal.put(r.id(), r.severity()));
        Map<String, Severity> got = new TreeMap<>();
        engine.rules().stream().filter(r -> federal.containsKey(r.id())).forEach(r -> got.put(r.id(), r.severity()));
        Set<String> off = new java.util.HashSet<>();
        engine.waivers().forEach(w -> off.add(w.ruleId()));
        federal.keySet().stream().filter(id -> !got.containsKey(id)).forEach(id -> assertTrue(off.contains(id),
                where + ": federal rule " + id + " missing without a waiver"));
        got.forEach((id, s) -> assertEquals(federal.get(id), s, where + ": " + id));
    }
}
