package org.example.region66;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nastavnik.testing.ReportAssert.assertThat;
import static org.nastavnik.testing.Scenario.form;
import static org.nastavnik.testing.Scenario.formed;
import static org.nastavnik.testing.Scenario.mentee;
import static org.nastavnik.testing.Scenario.mentor;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.nastavnik.model.MentoringForm;
import org.nastavnik.rules.ComplianceEngine;
import org.nastavnik.testing.NastavnikTest;
import org.nastavnik.testing.Scenario;

/**
 * The pack applied by {@code @NastavnikTest(region = "66")}: region 66 has no built-in profile, so
 * the extension takes the {@code nastavnik-profile.properties} of region 66 on the class path, with
 * this pack and its parameters (never the federal rules silently).
 */
@NastavnikTest(region = "66")
class InNastavnikTest {

    @Test
    void should_get_the_regions_engine_with_its_pack_and_parameters(ComplianceEngine engine, Scenario scenario) {
        assertEquals("r66-sverdlovsk-example", engine.rule("R66_PAIRS_ORDER_LATE").orElseThrow().packId());
        assertEquals(10, engine.parameters().getInt("pairWindowDays"));
        var report = engine.check(scenario.school("s1").teacher("t1", 10).teacher("t2", 1)
                .adopts(MentoringForm.TEACHER_TEACHER, "20.08.2023")
                .pair("p1", mentor("t1"), mentee("t2"), formed("01.09.2023"), form(MentoringForm.TEACHER_TEACHER))
                .snapshot(), LocalDate.of(2023, 10, 1));
        assertThat(report).hasFinding("R66_PAIRS_ORDER_LATE").about("p1");
    }
}
