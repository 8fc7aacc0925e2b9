package org.nastavnik.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nastavnik.model.Meeting;
import org.nastavnik.model.MeetingKind;
import org.nastavnik.model.MentoringForm;
import org.nastavnik.model.Mentorship;
import org.nastavnik.model.Person;
import org.nastavnik.model.PersonKind;
import org.nastavnik.model.Snapshot;

/**
 * Rules over facts the engine derives from records (a pair's meetings as one fact, one fact per
 * mentee of a pair) follow every change to those records in a session, as a full check would.
 */
class DerivedFactsSessionTest {

    private static final ComplianceEngine MEETINGS = ComplianceEngine.builder()
            .onlyRules(Set.of("COMPLETED_WITHOUT_FINAL", "MEETING_ORDER")).build();
    private static final ComplianceEngine MENTEES = ComplianceEngine.builder()
            .onlyRules(Set.of("MENTEE_WAITING_TOO_LONG")).build();
    private static final ComplianceEngine PARTICIPANTS = ComplianceEngine.builder()
            .onlyRules(Set.of("FORM_PARTICIPANT_MISMATCH", "MENTOR_UNDER_AGE")).build();
    private static final LocalDate AS_OF = OrganizationFixtures.date("01.11.2022");

    private static org.nastavnik.model.ImmutableSnapshot.Builder school() {
        return OrganizationFixtures.school()
                .addFormAdoptions(OrganizationFixtures.adopts("s1", MentoringForm.STUDENT_STUDENT, "01.09.2022"));
    }

    private static Meeting meeting(String id, String pair, MeetingKind kind, String date) {
        return Meeting.builder().id(id).mentorshipId(pair).kind(kind).date(OrganizationFixtures.date(date)).build();
    }

    private static List<String> keys(List<Finding> findings) {
        return findings.stream().map(Finding::key).toList();
    }

    @Test
    void should_follow_the_final_meeting_of_a_completed_pair_as_it_is_recorded_moved_and_removed() {
        // given a pair completed on 20.10.2022 with only an acquaintance meeting
        Mentorship pair = OrganizationFixtures.completed(OrganizationFixtures.pair("p1", "s1",
                MentoringForm.STUDENT_STUDENT, "st1", "st2", "05.09.2022"), "20.10.2022");
        Snapshot before = school().addMentorships(pair)
                .addMeetings(meeting("m1", "p1", MeetingKind.ACQUAINTANCE, "06.09.2022")).build();
        Meeting held = meeting("m2", "p1", MeetingKind.FINAL, "20.10.2022");
        Meeting late = meeting("m2", "p1", MeetingKind.FINAL, "21.10.2022");
        try (ComplianceSession session = MEETINGS.openSession(before, AS_OF)) {
            assertEquals(List.of("COMPLETED_WITHOUT_FINAL|organization:s1|mentorship:p1"),
                    keys(session.report().findings()));

            // when the final meeting is recorded on the day the pair completed, then moved a day later, then removed
            FindingChanges recorded = session.meetingRecorded(held);
            FindingChanges moved = session.meetingRecorded(late);
            FindingChanges removed = session.apply(Change.remove(late));

            // then
            assertEquals(List.of("COMPLETED_WITHOUT_FINAL|organization:s1|mentorship:p1"), keys(recorded.removed()));
            assertEquals(List.of("COMPLETED_WITHOUT_FINAL|organization:s1|mentorship:p1"), keys(moved.added()));
            assertEquals(List.of(), keys(removed.added()));
            assertEquals(List.of(), keys(removed.removed()));
            assertEquals(MEETINGS.check(before, AS_OF).findings(), session.report().findings());
        }
    }

    @Test
    void should_report_a_meeting_out_of_order_and_drop_it_when_the_earlier_meeting_is_removed() {
        // given a planning meeting held before the acquaintance meeting
        Mentorship pair = OrganizationFixtures.pair("p1", "s1", MentoringForm.STUDENT_STUDENT, "st1", "st2",
                "05.09.2022");
        Meeting planning = meeting("m1", "p1", MeetingKind.PLANNING, "06.09.2022");
        Snapshot before = school().addMentorships(pair).addMeetings(planning).build();
        try (ComplianceSession session = MEETINGS.openSession(before, AS_OF)) {

            // when
            FindingChanges added = session.meetingRecorded(meeting("m2", "p1", MeetingKind.ACQUAINTANCE, "07.09.2022"));
            FindingChanges gone = session.apply(Change.remove(planning));

            // then
            assertEquals(List.of("MEETING_ORDER|organization:s1|mentorship:p1|record:m2"), keys(added.added()));
            assertEquals(List.of("MEETING_ORDER|organization:s1|mentorship:p1|record:m2"), keys(gone.removed()));
        }
    }

    @Test
    void should_follow_a_waiting_mentee_into_a_pair_and_out_of_it() {
        // given st1 in the base of mentees since 15.08.2022, waiting past 01.10.2022
        Snapshot before = school().addRegistry(OrganizationFixtures.mentee("st1", "s1", "15.08.2022")).build();
        Mentorship withSt1 = OrganizationFixtures.pair("p1", "s1", MentoringForm.STUDENT_STUDENT, "st2", "st1",
                "20.10.2022");
        Mentorship withSt3 = Mentorship.builder().from(withSt1).menteeIds(List.of("st3")).build();
        String waiting = "MENTEE_WAITING_TOO_LONG|organization:s1|person:st1|form=any|includedOn=2022-08-15|dueOn=2022-10-01";
        try (ComplianceSession session = MENTEES.openSession(before, AS_OF)) {
            assertEquals(List.of(waiting), keys(session.report().findings()));

            // when st1 joins a pair, then the pair takes st3 instead
            FindingChanges joined = session.pairFormed(withSt1);
            FindingChanges left = session.pairFormed(withSt3);

            // then
            assertEquals(List.of(waiting), keys(joined.removed()));
            assertEquals(List.of(waiting), keys(left.added()));
            assertEquals(MENTEES.check(Snapshot.builder().from(before).addMentorships(withSt3).build(), AS_OF)
                    .findings(), session.report().findings());
        }
    }

    @Test
    void should_follow_a_participant_whose_person_record_changes() {
        // given a teacher pair t1 → t2
        Snapshot before = OrganizationFixtures.school()
                .addFormAdoptions(OrganizationFixtures.adopts("s1", MentoringForm.TEACHER_TEACHER, "01.09.2022"))
                .addMentorships(OrganizationFixtures.pair("p1", "s1", MentoringForm.TEACHER_TEACHER, "t1", "t2",
                        "05.09.2022"))
                .build();
        Person asStudent = Person.builder().from(OrganizationFixtures.person("t2", PersonKind.TEACHER, "s1"))
                .kind(PersonKind.SCHOOL_STUDENT).build();
        String mismatch = "FORM_PARTICIPANT_MISMATCH|organization:s1|mentorship:p1|person:t2|side=MENTEE";
        try (ComplianceSession session = PARTICIPANTS.openSession(before, AS_OF)) {
            assertEquals(List.of(), keys(session.report().findings()));

            // when the mentee's record says a school student, then a teacher again
            FindingChanges toStudent = session.apply(Change.put(asStudent));
            FindingChanges back = session.apply(Change.put(OrganizationFixtures.person("t2", PersonKind.TEACHER, "s1")));

            // then
            assertEquals(List.of(mismatch), keys(toStudent.added()));
            assertEquals(List.of(mismatch), keys(back.removed()));
            assertEquals(PARTICIPANTS.check(before, AS_OF).findings(), session.report().findings());
        }
    }

    @Test
    void should_judge_a_participant_once_their_person_record_arrives() {
        // given a teacher pair whose mentee t9 the session does not hold yet
        Snapshot before = OrganizationFixtures.school()
                .addFormAdoptions(OrganizationFixtures.adopts("s1", MentoringForm.TEACHER_TEACHER, "01.09.2022"))
                .build();
        Mentorship pair = OrganizationFixtures.pair("p1", "s1", MentoringForm.TEACHER_TEACHER, "t1", "t9", "05.09.2022");
        Person student = OrganizationFixtures.person("t9", PersonKind.SCHOOL_STUDENT, "s1");
        try (ComplianceSession session = PARTICIPANTS.openSession(before, AS_OF)) {

            // when
            FindingChanges formed = session.pairFormed(pair);
            FindingChanges arrived = session.apply(Change.put(student));

            // then
            assertEquals(List.of(), keys(formed.added()));
            assertEquals(List.of("FORM_PARTICIPANT_MISMATCH|organization:s1|mentorship:p1|person:t9|side=MENTEE"),
                    keys(arrived.added()));
            assertEquals(PARTICIPANTS.check(Snapshot.builder().from(before).addPeople(student).addMentorships(pair)
                    .build(), AS_OF).findings(), session.report().findings());
        }
    }
}
