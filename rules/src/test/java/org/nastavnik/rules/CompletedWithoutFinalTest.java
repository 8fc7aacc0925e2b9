package org.nastavnik.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nastavnik.rules.Fixtures.date;
import static org.nastavnik.rules.MeetingFixtures.recorded;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nastavnik.common.Language;
import org.nastavnik.model.MeetingKind;
import org.nastavnik.model.Snapshot;

/** COMPLETED_WITHOUT_FINAL: a completed pair held its final meeting on or before completion. */
class CompletedWithoutFinalTest {

    private final ComplianceEngine engine = ComplianceEngine.federal();

    private static Snapshot completedOn(String completed, MeetingKind lastKind, String lastOn) {
        return Fixtures.school()
                .addProgrammes(MeetingFixtures.personalised("pp1", "01.09.2022", "30.11.2022"))
                .addMentorships(MeetingFixtures.pair().completedOn(date(completed)).build())
                .addMeetings(
                        recorded("m1", MeetingKind.ACQUAINTANCE, "05.09.2022"),
                        recorded("m2", lastKind, lastOn))
                .build();
    }

    @Test
    void should_report_a_pair_completed_without_a_final_meeting() {
        // given pair p1 completed on 30.11.2022 whose last meeting was a working one
        Snapshot s = completedOn("30.11.2022", MeetingKind.WORKING, "28.11.2022");
        // when
        ComplianceReport report = engine.check(s, date("01.12.2022"));
        // then
        List<Finding> found = report.findings("COMPLETED_WITHOUT_FINAL");
        assertEquals(1, found.size(), found.toString());
        Finding f = found.get(0);
        assertEquals(List.of(SubjectRef.organization("s1"), SubjectRef.mentorship("p1")), f.subjects());
        assertEquals(Map.of("completedOn", "2022-11-30", "finalMeeting", "none"), f.evidence());
        assertEquals("COMPLETED_WITHOUT_FINAL|organization:s1|mentorship:p1", f.key());
        assertEquals(Severity.NOTICE, f.severity());
        assertEquals("Пара p1 организации s1 завершена 30.11.2022 без итоговой встречи.", f.message(Language.RU));
        assertEquals("Pair p1 of organization s1 completed on 30 Nov 2022 without a final meeting.",
                f.message(Language.EN));
    }

    @Test
    void should_not_report_a_final_meeting_held_on_the_day_of_completion() {
        // given
        Snapshot s = completedOn("30.11.2022", MeetingKind.FINAL, "30.11.2022");
        // when
        ComplianceReport report = engine.check(s, date("01.12.2022"));
        // then
        assertEquals(List.of(), report.findings("COMPLETED_WITHOUT_FINAL"));
    }

    @Test
    void should_judge_a_pair_from_the_day_it_completed() {
        // given completion on 30.11.2022 with no final meeting
        Snapshot s = completedOn("30.11.2022", MeetingKind.WORKING, "28.11.2022");
        // when checked on the day of completion and the day before
        ComplianceReport onTheDay = engine.check(s, date("30.11.2022"));
        ComplianceReport dayBefore = engine.check(s, date("29.11.2022"));
        // then
        assertEquals(1, onTheDay.findings("COMPLETED_WITHOUT_FINAL").size());
        assertEquals(List.of(), dayBefore.findings("COMPLETED_WITHOUT_FINAL"));
    }

    @Test
    void should_not_report_a_pair_that_has_not_completed() {
        // given
        Snapshot s = MeetingFixtures.schoolWithPair().addMeetings(
                recorded("m1", MeetingKind.ACQUAINTANCE, "05.09.2022")).build();
        // when
        ComplianceReport report = engine.check(s, date("01.06.2023"));
        // then
        assertEquals(List.of(), report.findings("COMPLETED_WITHOUT_FINAL"));
    }
}
