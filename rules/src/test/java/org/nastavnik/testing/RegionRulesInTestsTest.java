package org.nastavnik.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nastavnik.testing.ReportAssert.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nastavnik.model.RegionCode;
import org.nastavnik.rules.ComplianceEngine;
import org.nastavnik.rules.ComplianceReport;
import org.nastavnik.rules.spi.RuleParameters;

/** Issue 19: a region's own rules in tests, no silent federal fallback, rule ids checked in assertions. */
class RegionRulesInTestsTest {

    @TempDir
    Path dir;

    @Test
    void should_fail_a_region_with_neither_a_profile_nor_a_pack_instead_of_giving_the_federal_engine() {
        // when: the tried case, @NastavnikTest(region = "36") with nothing for 36
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RegionEngines.engineFor(RegionCode.of("36"), "", getClass(), "@NastavnikTest(region = \"36\") on T"));
        // then
        assertTrue(e.getMessage().startsWith("@NastavnikTest(region = \"36\") on T: no rules for region 36: no built-in "
                + "profile (built in: 23, 31, 42, 61, 62), no nastavnik-profile.properties with region=36 and no rule "
                + "pack on the test class path"), e.getMessage());
    }

    @Test
    void should_fail_a_scenario_of_a_region_without_rules_too() {
        Scenario s = Scenario.in(org.nastavnik.model.Territory.region("36"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> s.checkAsOf("01.10.2022"));
        assertTrue(e.getMessage().contains("no rules for region 36"), e.getMessage());
    }

    @Test
    void should_find_a_pack_on_the_class_path_for_a_region_without_a_built_in_profile() throws IOException {
        // given: a jar on the test's class path describing a pack of its own
        Path jar = dir.resolve("r36.jar");
        String description = "id=r36-test\nversion=1\nmodelIndex=META-INF/kie/org.nastavnik/nastavnik-rules/drools-model\n"
                + "messages=org/nastavnik/rules/regions/r31/messages\npackages=org.nastavnik.rules.regions.r31\n";
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out)) {
            j.putNextEntry(new JarEntry("META-INF/nastavnik-pack.properties"));
            j.write(description.getBytes(StandardCharsets.UTF_8));
            j.closeEntry();
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, getClass().getClassLoader())) {
            // when
            ComplianceEngine engine = RegionEngines.engineFor(RegionCode.of("36"), "", getClass(), loader, "test");
            // then
            assertTrue(engine.ruleSetVersion().contains("+r36-test@1"), engine.ruleSetVersion());
            assertTrue(engine.rules().stream().anyMatch(r -> r.id().startsWith("R31_")), engine.rules().toString());
        }
    }

    @Test
    void should_refuse_a_profile_of_another_region_and_a_missing_one() {
        IllegalArgumentException other = assertThrows(IllegalArgumentException.class,
                () -> RegionEngines.engineFor(RegionCode.of("31"), "r36-profile.properties", getClass(), "T"));
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> RegionEngines.engineFor(null, "nope.properties", getClass(), "T"));
        assertEquals("T: the profile r36-profile.properties is for region 36, not 31; make them agree", other.getMessage());
        assertTrue(missing.getMessage().startsWith("T: the profile nope.properties is neither a resource"),
                missing.getMessage());
    }

    @Test
    void should_fail_an_assertion_on_a_rule_the_engine_does_not_have_listing_the_near_ids() {
        // given
        ComplianceReport report = ComplianceEngine.federal().check(Scenario.in(org.nastavnik.model.Territory.region("31"))
                .school("s1").snapshot(), Dates.parse("01.10.2022", "date"));
        // when: the tried case, a typo in hasNoFinding
        AssertionError noFinding = assertThrows(AssertionError.class,
                () -> assertThat(report).hasNoFinding("PAIR_FORMED_LAET"));
        AssertionError finding = assertThrows(AssertionError.class, () -> assertThat(report).hasFinding("CURATOR_MISING"));
        AssertionError count = assertThrows(AssertionError.class,
                () -> assertThat(report).hasFindingCount("NO_SUCH_RULE_AT_ALL_XYZ", 0));
        AssertionError only = assertThrows(AssertionError.class, () -> assertThat(report).hasOnlyFindings("CURATOR_MISSNG"));
        // then
        assertTrue(noFinding.getMessage().contains("but it evaluated no rule:" + System.lineSeparator()
                + "  PAIR_FORMED_LAET (did you mean PAIR_FORMED_LATE?)"), noFinding.getMessage());
        assertTrue(finding.getMessage().contains("CURATOR_MISING (did you mean CURATOR_MISSING"), finding.getMessage());
        assertTrue(count.getMessage().contains("NO_SUCH_RULE_AT_ALL_XYZ (no rule with a similar id)"), count.getMessage());
        assertTrue(only.getMessage().contains("CURATOR_MISSNG (did you mean CURATOR_MISSING"), only.getMessage());
        assertThat(report).hasNoFinding("PAIR_FORMED_LATE"); // a rule the engine has: passes
    }

    /** A class annotated with a profile file gets its engine: the pack it names and its parameters. */
    @Nested
    @NastavnikTest(region = "36", profile = "r36-profile.properties")
    class WithAProfile {
        @Test
        void should_get_the_engine_of_the_profile(ComplianceEngine engine, Scenario scenario) {
            assertTrue(engine.ruleSetVersion().contains("+r31-belgorod@"), engine.ruleSetVersion());
            assertEquals(10, engine.parameters().getInt(RuleParameters.PAIR_WINDOW_DAYS));
            assertEquals("36", scenario.school("s1").snapshot().territory().region().orElseThrow().code());
        }
    }
}
