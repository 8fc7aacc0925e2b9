package org.nastavnik.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nastavnik.testing.ReportAssert.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.nastavnik.model.Snapshot;
import org.nastavnik.rules.ComplianceEngine;

/** The JUnit 5 extension: one engine per class, scenarios in the region, snapshots from JSON resources. */
@NastavnikTest(region = "31")
class NastavnikExtensionTest {

    private static ComplianceEngine seen;

    @RepeatedTest(2)
    void should_give_every_test_of_the_class_the_same_engine(ComplianceEngine engine) {
        // the engine of Belgorod's built-in profile
        if (seen == null) {
            seen = engine;
        }
        assertSame(seen, engine);
        assertTrue(engine.ruleSetVersion().contains("r31-belgorod"), engine.ruleSetVersion());
    }

    @Test
    void should_load_a_snapshot_from_json_next_to_the_test_class(ComplianceEngine engine,
            @SnapshotFile("school-12.json") Snapshot school) {
        assertEquals("МБОУ «СОШ № 12»", school.organizations().get(0).name());
        assertThat(engine.check(school, school.asOf())).hasNoFinding("CURATOR_MISSING").hasNoFinding("PAIR_FORMED_LATE");
    }

    @Test
    void should_load_a_snapshot_by_its_path_from_the_class_path_root(
            @SnapshotFile("/org/nastavnik/testing/school-12.json") Snapshot school) {
        assertEquals("school-12", school.organizations().get(0).id());
    }

    @Test
    void should_start_scenarios_in_the_region_of_the_class(Scenario scenario) {
        assertEquals("31", scenario.school("s1").snapshot().territory().region().orElseThrow().code());
    }

    @Test
    void should_say_where_it_looked_for_a_missing_file() {
        ParameterResolutionException e = assertThrows(ParameterResolutionException.class,
                () -> NastavnikExtension.snapshot(NastavnikExtensionTest.class, "school-13.json"));
        assertEquals("@SnapshotFile(\"school-13.json\"): no such resource on the class path of "
                + "org.nastavnik.testing.NastavnikExtensionTest; looked for /org/nastavnik/testing/school-13.json and "
                + "/school-13.json", e.getMessage());
    }

    @Test
    void should_name_the_problem_of_an_invalid_snapshot_file() {
        ParameterResolutionException e = assertThrows(ParameterResolutionException.class,
                () -> NastavnikExtension.snapshot(NastavnikExtensionTest.class, "broken.json"));
        assertTrue(e.getMessage().startsWith("@SnapshotFile(\"broken.json\") is not a valid snapshot: "), e.getMessage());
        assertTrue(e.getMessage().contains("mentorships[0].mentorId"), e.getMessage());
        assertTrue(e.getMessage().contains("t9"), e.getMessage());
    }

    @Nested
    class InANestedClass {
        @Test
        void should_take_the_region_of_the_enclosing_class(Scenario scenario, ComplianceEngine engine) {
            assertEquals("31", scenario.school("s1").snapshot().territory().region().orElseThrow().code());
            assertTrue(engine.ruleSetVersion().contains("r31-belgorod"), engine.ruleSetVersion());
        }
    }
}
