package org.nastavnik.rules;

import static org.nastavnik.testing.ReportAssert.assertThat;
import static org.nastavnik.testing.Scenario.formed;
import static org.nastavnik.testing.Scenario.mentee;
import static org.nastavnik.testing.Scenario.mentees;
import static org.nastavnik.testing.Scenario.mentor;
import static org.nastavnik.testing.Scenario.region;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nastavnik.testing.Scenario;

/** PAIR_INCOMPLETE: a pair has a mentor and at least one mentee other than the mentor. */
class PairIncompleteTest {

    private final ComplianceEngine engine = ComplianceEngine.federal();

    @Test
    void should_report_pair_without_mentees_and_pair_with_mentor_among_mentees() {
        // given
        Scenario s = Scenario.in(region("42")).school("s1")
                .pair("p1", mentor("t1"), formed("10.09.2022"))
                .group("p2", mentor("t3"), mentees("t4", "t3"), formed("10.09.2022"))
                .pair("p3", mentor("t2"), mentee("t4"), formed("10.09.2022"));
        // when
        ComplianceReport report = s.check(engine, "01.10.2022");
        // then
        assertThat(report).hasFindingCount("PAIR_INCOMPLETE", 2)
                .hasFinding("PAIR_INCOMPLETE").withKey("PAIR_INCOMPLETE|organization:s1|mentorship:p1|person:t1")
                .withSeverity(Severity.VIOLATION)
                .withEvidenceExactly(Map.of("mentorId", "t1", "menteeCount", 0, "mentorAmongMentees", false));
        assertThat(report).hasFinding("PAIR_INCOMPLETE").about("p2").withSeverity(Severity.VIOLATION)
                .withEvidenceExactly(Map.of("mentorId", "t3", "menteeCount", 2, "mentorAmongMentees", true));
    }
}
