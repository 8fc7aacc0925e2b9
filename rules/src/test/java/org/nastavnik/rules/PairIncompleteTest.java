package org.nastavnik.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nastavnik.rules.Fixtures.date;
import static org.nastavnik.rules.Fixtures.pair;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** PAIR_INCOMPLETE: a pair has a mentor and at least one mentee other than the mentor. */
class PairIncompleteTest {

    private final ComplianceEngine engine = ComplianceEngine.federal();

    @Test
    void should_report_pair_without_mentees_and_pair_with_mentor_among_mentees() {
        // given
        var s = Fixtures.school()
                .addMentorships(pair("p1", "s1", "t1", List.of(), "10.09.2022"))
                .addMentorships(pair("p2", "s1", "t3", List.of("t4", "t3"), "10.09.2022"))
                .addMentorships(pair("p3", "s1", "t2", List.of("t4"), "10.09.2022"))
                .build();
        // when
        ComplianceReport report = engine.check(s, date("01.10.2022"));
        // then
        List<Finding> found = report.findings("PAIR_INCOMPLETE");
        assertEquals(2, found.size(), found.toString());
        assertEquals("PAIR_INCOMPLETE|organization:s1|mentorship:p1|person:t1", found.get(0).key());
        assertEquals(Map.of("mentorId", "t1", "menteeCount", "0", "mentorAmongMentees", "false"), found.get(0).evidence());
        assertEquals(Severity.VIOLATION, found.get(0).severity());
        assertEquals(Map.of("mentorId", "t3", "menteeCount", "2", "mentorAmongMentees", "true"), found.get(1).evidence());
    }
}
