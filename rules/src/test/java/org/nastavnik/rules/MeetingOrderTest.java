package org.nastavnik.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nastavnik.rules.Fixtures.date;
import static org.nastavnik.rules.MeetingFixtures.meeting;
import static org.nastavnik.rules.MeetingFixtures.prescribedSequence;
import static org.nastavnik.rules.MeetingFixtures.record;
import static org.nastavnik.rules.MeetingFixtures.recorded;
import static org.nastavnik.rules.MeetingFixtures.schoolWithPair;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nastavnik.common.Language;
import org.nastavnik.model.MeetingKind;
import org.nastavnik.model.Snapshot;

/**
 * MEETING_ORDER: a pair's meetings, by date then id, follow acquaintance → trial → planning →
 * working* → final; one finding per misplaced meeting.
 */
class MeetingOrderTest {

    private final ComplianceEngine engine = ComplianceEngine.federal();

    private static final List<SubjectRef> ABOUT_M3 =
            List.of(SubjectRef.organization("s1"), SubjectRef.mentorship("p1"), record("m3"));

    @Test
    void should_not_report_meetings_held_in_the_prescribed_order() {
        // given acquaintance, trial, planning, two working meetings, final
        Snapshot s = schoolWithPair().addAllMeetings(prescribedSequence()).build();
        // when
        ComplianceReport report = engine.check(s, date("01.12.2022"));
        // then
        assertEquals(List.of(), report.findings("MEETING_ORDER"));
    }

    @Test
    void should_report_a_trial_meeting_held_after_the_planning_meeting() {
        // given acquaintance m1, planning m2, trial m3
        Snapshot s = schoolWithPair().addMeetings(
                recorded("m1", MeetingKind.ACQUAINTANCE, "05.09.2022"),
                recorded("m2", MeetingKind.PLANNING, "12.09.2022"),
                recorded("m3", MeetingKind.TRIAL, "19.09.2022")).build();
        // when
        ComplianceReport report = engine.check(s, date("01.10.2022"));
        // then
        List<Finding> found = report.findings("MEETING_ORDER");
        assertEquals(1, found.size(), found.toString());
        Finding f = found.get(0);
        assertEquals(ABOUT_M3, f.subjects());
        assertEquals(Map.of("problem", "OUT_OF_ORDER", "meetingKind", "TRIAL", "meetingDate", "2022-09-19",
                "otherMeeting", "m2", "otherKind", "PLANNING", "otherDate", "2022-09-12"), f.evidence());
        assertEquals("MEETING_ORDER|organization:s1|mentorship:p1|record:m3", f.key());
        assertEquals(Severity.NOTICE, f.severity());
        assertEquals("Встреча m3 (пробная встреча, 19.09.2022) пары p1 проведена не по порядку: она должна "
                + "была предшествовать встрече m2 (встреча-планирование, 12.09.2022).", f.message(Language.RU));
        assertEquals("Meeting m3 (trial meeting, 19 Sep 2022) of pair p1 is out of order: it should have "
                + "preceded meeting m2 (planning meeting, 12 Sep 2022).", f.message(Language.EN));
    }

    @Test
    void should_report_each_working_meeting_held_before_the_planning_meeting() {
        // given acquaintance m1, working m2 and m3, planning m4, working m5
        Snapshot s = schoolWithPair().addMeetings(
                recorded("m1", MeetingKind.ACQUAINTANCE, "05.09.2022"),
                recorded("m2", MeetingKind.WORKING, "12.09.2022"),
                recorded("m3", MeetingKind.WORKING, "19.09.2022"),
                recorded("m4", MeetingKind.PLANNING, "26.09.2022"),
                recorded("m5", MeetingKind.WORKING, "03.10.2022")).build();
        // when
        ComplianceReport report = engine.check(s, date("01.11.2022"));
        // then the two working meetings, not the planning meeting, are misplaced
        List<Finding> found = report.findings("MEETING_ORDER");
        assertEquals(List.of("m2", "m3"), found.stream().map(f -> f.subjectIds(SubjectType.RECORD).get(0)).toList());
        Finding f = found.get(1);
        assertEquals(Map.of("problem", "WORKING_BEFORE_PLANNING", "meetingKind", "WORKING", "meetingDate", "2022-09-19",
                "otherMeeting", "m4", "otherKind", "PLANNING", "otherDate", "2022-09-26"), f.evidence());
        assertEquals("Working meeting m3 of pair p1 on 19 Sep 2022 was held before the planning meeting m4 (26 Sep 2022).",
                f.message(Language.EN));
    }

    @Test
    void should_report_a_second_acquaintance_meeting() {
        // given
        Snapshot s = schoolWithPair().addMeetings(
                recorded("m1", MeetingKind.ACQUAINTANCE, "05.09.2022"),
                recorded("m2", MeetingKind.TRIAL, "12.09.2022"),
                recorded("m3", MeetingKind.ACQUAINTANCE, "19.09.2022")).build();
        // when
        ComplianceReport report = engine.check(s, date("01.10.2022"));
        // then
        Finding f = report.findings("MEETING_ORDER").get(0);
        assertEquals(ABOUT_M3, f.subjects());
        assertEquals(Map.of("problem", "REPEATED", "meetingKind", "ACQUAINTANCE", "meetingDate", "2022-09-19",
                "otherMeeting", "m1", "otherKind", "ACQUAINTANCE", "otherDate", "2022-09-05"), f.evidence());
        assertEquals(1, report.findings("MEETING_ORDER").size());
    }

    @Test
    void should_report_a_meeting_held_after_the_final_meeting() {
        // given
        Snapshot s = schoolWithPair().addMeetings(
                recorded("m1", MeetingKind.ACQUAINTANCE, "05.09.2022"),
                recorded("m2", MeetingKind.FINAL, "12.09.2022"),
                recorded("m3", MeetingKind.WORKING, "19.09.2022")).build();
        // when
        ComplianceReport report = engine.check(s, date("01.10.2022"));
        // then
        List<Finding> found = report.findings("MEETING_ORDER");
        assertEquals(1, found.size(), found.toString());
        assertEquals(Map.of("problem", "AFTER_FINAL", "meetingKind", "WORKING", "meetingDate", "2022-09-19",
                "otherMeeting", "m2", "otherKind", "FINAL", "otherDate", "2022-09-12"), found.get(0).evidence());
        assertEquals("Встреча m3 (рабочая встреча, 19.09.2022) пары p1 проведена после итоговой встречи m2 (12.09.2022).",
                found.get(0).message(Language.RU));
    }

    @Test
    void should_not_report_a_pair_that_has_held_no_trial_meeting_yet() {
        // given acquaintance, then straight to planning and working
        Snapshot s = schoolWithPair().addMeetings(
                recorded("m1", MeetingKind.ACQUAINTANCE, "05.09.2022"),
                recorded("m2", MeetingKind.PLANNING, "12.09.2022"),
                recorded("m3", MeetingKind.WORKING, "19.09.2022")).build();
        // when
        ComplianceReport report = engine.check(s, date("01.10.2022"));
        // then
        assertEquals(List.of(), report.findings("MEETING_ORDER"));
    }

    @Test
    void should_order_meetings_of_the_same_day_by_id() {
        // given an acquaintance and a trial meeting on the same day
        Snapshot inOrder = schoolWithPair().addMeetings(
                meeting("a", MeetingKind.ACQUAINTANCE, "05.09.2022"),
                meeting("b", MeetingKind.TRIAL, "05.09.2022")).build();
        Snapshot reversed = schoolWithPair().addMeetings(
                meeting("a", MeetingKind.TRIAL, "05.09.2022"),
                meeting("b", MeetingKind.ACQUAINTANCE, "05.09.2022")).build();
        // when
        ComplianceReport ok = engine.check(inOrder, date("01.10.2022"));
        ComplianceReport late = engine.check(reversed, date("01.10.2022"));
        // then the id decides: acquaintance "b" comes after trial "a"
        assertEquals(List.of(), ok.findings("MEETING_ORDER"));
        assertEquals(List.of("b"), late.findings("MEETING_ORDER").get(0).subjectIds(SubjectType.RECORD));
    }

    @Test
    void should_read_only_meetings_held_on_or_before_the_check_date() {
        // given a trial meeting m3 on 19.09.2022 after the planning meeting m2
        Snapshot s = schoolWithPair().addMeetings(
                recorded("m1", MeetingKind.ACQUAINTANCE, "05.09.2022"),
                recorded("m2", MeetingKind.PLANNING, "12.09.2022"),
                recorded("m3", MeetingKind.TRIAL, "19.09.2022")).build();
        // when checked on the day of m3 and the day before
        ComplianceReport onTheDay = engine.check(s, date("19.09.2022"));
        ComplianceReport dayBefore = engine.check(s, date("18.09.2022"));
        // then
        assertEquals(List.of("m3"), onTheDay.findings("MEETING_ORDER").get(0).subjectIds(SubjectType.RECORD));
        assertEquals(List.of(), dayBefore.findings("MEETING_ORDER"));
    }

    @Test
    void should_judge_each_pair_by_its_own_meetings() {
        // given pair p2 whose only meeting is a planning meeting before p1's trial meeting
        Snapshot s = schoolWithPair()
                .addMentorships(MeetingFixtures.pair().id("p2").mentorId("t3").menteeIds(List.of("t4")).build())
                .addMeetings(
                        recorded("m1", MeetingKind.ACQUAINTANCE, "05.09.2022"),
                        recorded("m3", MeetingKind.TRIAL, "19.09.2022"),
                        org.nastavnik.model.Meeting.builder().id("q1").mentorshipId("p2").kind(MeetingKind.PLANNING)
                                .date(date("12.09.2022")).build())
                .build();
        // when
        ComplianceReport report = engine.check(s, date("01.10.2022"));
        // then
        assertEquals(List.of(), report.findings("MEETING_ORDER"));
    }
}
