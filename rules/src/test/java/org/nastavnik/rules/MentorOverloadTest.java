package org.nastavnik.rules;

import java.util.OptionalInt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nastavnik.rules.Fixtures.date;
import static org.nastavnik.rules.ParticipantFixtures.keys;
import static org.nastavnik.rules.ParticipantFixtures.pair;
import static org.nastavnik.rules.ParticipantFixtures.participantKeys;
import static org.nastavnik.rules.ParticipantFixtures.scenario;
import static org.nastavnik.rules.ParticipantFixtures.teacher;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nastavnik.model.ImmutableMentorship;
import org.nastavnik.common.Language;
import org.nastavnik.model.MentoringForm;
import org.nastavnik.model.Snapshot;
import org.nastavnik.rules.spi.RuleParameters;

/** MENTOR_OVERLOAD: with maxMenteesPerMentor set, a mentor has no more distinct active mentees. */
class MentorOverloadTest {

    private final ComplianceEngine federal = ComplianceEngine.federal();
    private final ComplianceEngine maxTwo = ComplianceEngine.builder()
            .parameters(RuleParameters.builder().set(RuleParameters.MAX_MENTEES_PER_MENTOR, OptionalInt.of(2)).build()).build();

    /** Mentor t1: group g1 (t2, t3), pair g2 (t3 again), pair g3 (t4, completed 30.06.2022), pair g4 (t5). */
    private static Snapshot mentorWith(boolean withG4) {
        ParticipantFixtures.Scenario sc = scenario()
                .people(teacher("t1", "s1"), teacher("t2", "s1"), teacher("t3", "s1"), teacher("t4", "s1"),
                        teacher("t5", "s1"))
                .pair(pair("g1", MentoringForm.TEACHER_TEACHER, "t1", List.of("t2", "t3"), "01.09.2021"))
                .pair(pair("g2", MentoringForm.TEACHER_TEACHER, "t1", List.of("t3"), "01.09.2021"))
                .pair(ImmutableMentorship.copyOf(pair("g3", MentoringForm.TEACHER_TEACHER, "t1", List.of("t4"),
                        "01.09.2021")).withCompletedOn(date("30.06.2022")));
        if (withG4) {
            sc.pair(pair("g4", MentoringForm.TEACHER_TEACHER, "t1", List.of("t5"), "01.09.2022"));
        }
        return sc.build();
    }

    @Test
    void should_report_three_distinct_active_mentees_over_a_limit_of_two() {
        // given
        Snapshot s = mentorWith(true);
        // when
        ComplianceReport report = maxTwo.check(s, date("01.10.2022"));
        // then
        List<Finding> found = report.findings("MENTOR_OVERLOAD");
        assertEquals(List.of("MENTOR_OVERLOAD|organization:s1|person:t1"), keys(found));
        assertEquals(Map.of("asOf", "2022-10-01", "activeMentees", "3", "max", "2", "mentorships", "g1, g2, g4"),
                found.get(0).evidence());
        assertEquals(Severity.WARNING, found.get(0).severity());
        assertEquals("Наставник t1 организации s1 на 01.10.2022 ведёт 3 наставляемых.", found.get(0).message(Language.RU));
    }

    @Test
    void should_not_report_a_mentor_at_the_limit_counting_a_mentee_of_two_pairs_once_and_no_completed_pair() {
        // given t2 and t3 active (t3 in two pairs), t4 in a completed pair
        Snapshot s = mentorWith(false);
        // when
        ComplianceReport report = maxTwo.check(s, date("01.10.2022"));
        // then
        assertEquals(List.of(), participantKeys(report));
    }

    @Test
    void should_be_off_under_the_federal_parameters() {
        // given a mentor with three active mentees and no federal limit
        Snapshot s = mentorWith(true);
        // when
        ComplianceReport report = federal.check(s, date("01.10.2022"));
        // then
        assertEquals(List.of(), report.findings("MENTOR_OVERLOAD"));
    }
}
