package org.nastavnik.examples.readme;

// tag::file[]
import static org.nastavnik.model.MentoringForm.TEACHER_TEACHER;
import static org.nastavnik.testing.Scenario.formed;
import static org.nastavnik.testing.Scenario.mentee;
import static org.nastavnik.testing.Scenario.mentor;

import org.junit.jupiter.api.Test;
import org.nastavnik.testing.NastavnikSoftAssertions;
import org.nastavnik.testing.NastavnikTest;
import org.nastavnik.testing.RuleVerifier;
import org.nastavnik.testing.Scenario;

@NastavnikTest(region = "31", coverageGate = "PAIR_FORMED_LATE")  // fails the class if no passing assertion is about it
class PairFormedLateTest {
    private static final RuleVerifier RULES = RuleVerifier.federal();

    @Test
    void a_pair_formed_on_day_15_is_late_and_nothing_else_is_said(Scenario belgorod) {
        Scenario school = belgorod.school("s1").adopts(TEACHER_TEACHER, "01.09.2022")
                .pair("p1", mentor("t1"), mentee("t2"), formed("16.09.2022"));

        NastavnikSoftAssertions.assertReportsSoftly(softly -> {
            RULES.verifyThat("PAIR_FORMED_LATE").given(school, "01.10.2022").then(softly)
                    .hasFindingCount(1)
                    .hasFinding("PAIR_FORMED_LATE").about("p1").withEvidence("daysLate", 1);
            RULES.verifyThatAllRules().given(school, "01.10.2022").then(softly)
                    .hasFinding("CURATOR_MISSING").about("s1");            // the whole catalogue sees more
        });
    }
}
// end::file[]
