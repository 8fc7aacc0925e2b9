package org.nastavnik.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nastavnik.rules.Fixtures.date;
import static org.nastavnik.rules.MeetingFixtures.meeting;
import static org.nastavnik.rules.MeetingFixtures.record;
import static org.nastavnik.rules.MeetingFixtures.recorded;
import static org.nastavnik.rules.MeetingFixtures.schoolWithPair;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nastavnik.common.Language;
import org.nastavnik.model.Meeting;
import org.nastavnik.model.MeetingKind;
import org.nastavnik.model.Snapshot;

/** WORKING_MEETING_NO_FEEDBACK: each working meeting has its confirmation form and feedback. */
class WorkingMeetingNoFeedbackTest {

    private final ComplianceEngine engine = ComplianceEngine.federal();

    private static Snapshot withMeeting(Meeting m) {
        return schoolWithPair().addMeetings(m).build();
    }

    @Test
    void should_report_a_working_meeting_without_feedback() {
        // given a working meeting with its confirmation form but no feedback
        Snapshot s = withMeeting(Meeting.builder().id("m4").mentorshipId("p1").kind(MeetingKind.WORKING)
                .date(date("26.09.2022")).confirmationFormFilled(true).build());
        // when
        ComplianceReport report = engine.check(s, date("01.10.2022"));
        // then
        List<Finding> found = report.findings("WORKING_MEETING_NO_FEEDBACK");
        assertEquals(1, found.size(), found.toString());
        Finding f = found.get(0);
        assertEquals(List.of(SubjectRef.organization("s1"), SubjectRef.mentorship("p1"), record("m4")), f.subjects());
        assertEquals(Map.of("meetingDate", "2022-09-26", "confirmationFormFilled", "true", "feedbackRecorded", "false"),
                f.evidence());
        assertEquals("WORKING_MEETING_NO_FEEDBACK|organization:s1|mentorship:p1|record:m4", f.key());
        assertEquals(Severity.NOTICE, f.severity());
        assertEquals("По рабочей встрече m4 пары p1 26.09.2022 нет подтверждающей формы или отзыва.",
                f.message(Language.RU));
        assertEquals("Expected the confirmation form and feedback by the day of the meeting, 2022-09-26; meeting m4 has"
                + " confirmation form filled: true, feedback recorded: false.", f.explanation(Language.EN));
    }

    @Test
    void should_report_a_working_meeting_without_its_confirmation_form() {
        // given feedback but no confirmation form
        Snapshot s = withMeeting(Meeting.builder().id("m4").mentorshipId("p1").kind(MeetingKind.WORKING)
                .date(date("26.09.2022")).feedbackRecorded(true).build());
        // when
        ComplianceReport report = engine.check(s, date("01.10.2022"));
        // then
        assertEquals(Map.of("meetingDate", "2022-09-26", "confirmationFormFilled", "false", "feedbackRecorded", "true"),
                report.findings("WORKING_MEETING_NO_FEEDBACK").get(0).evidence());
    }

    @Test
    void should_not_report_a_working_meeting_with_form_and_feedback() {
        // given
        Snapshot s = withMeeting(recorded("m4", MeetingKind.WORKING, "26.09.2022"));
        // when
        ComplianceReport report = engine.check(s, date("01.10.2022"));
        // then
        assertEquals(List.of(), report.findings("WORKING_MEETING_NO_FEEDBACK"));
    }

    @Test
    void should_not_ask_other_kinds_of_meeting_for_a_confirmation_form() {
        // given an acquaintance and a planning meeting with nothing recorded
        Snapshot s = schoolWithPair().addMeetings(
                meeting("m1", MeetingKind.ACQUAINTANCE, "05.09.2022"),
                meeting("m3", MeetingKind.PLANNING, "19.09.2022")).build();
        // when
        ComplianceReport report = engine.check(s, date("01.10.2022"));
        // then
        assertEquals(List.of(), report.findings("WORKING_MEETING_NO_FEEDBACK"));
    }

    @Test
    void should_judge_a_working_meeting_from_the_day_after_it_was_held() {
        // given a working meeting on 26.09.2022 with nothing recorded
        Snapshot s = withMeeting(meeting("m4", MeetingKind.WORKING, "26.09.2022"));
        // when checked on the day of the meeting and the day after
        ComplianceReport sameDay = engine.check(s, date("26.09.2022"));
        ComplianceReport dayAfter = engine.check(s, date("27.09.2022"));
        // then
        assertEquals(List.of(), sameDay.findings("WORKING_MEETING_NO_FEEDBACK"));
        assertEquals(List.of("m4"), dayAfter.findings("WORKING_MEETING_NO_FEEDBACK").get(0).subjectIds(SubjectType.RECORD));
    }
}
