package org.nastavnik.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nastavnik.rules.Fixtures.date;
import static org.nastavnik.rules.ParticipantFixtures.collegeStudent;
import static org.nastavnik.rules.ParticipantFixtures.employer;
import static org.nastavnik.rules.ParticipantFixtures.keys;
import static org.nastavnik.rules.ParticipantFixtures.pair;
import static org.nastavnik.rules.ParticipantFixtures.participantKeys;
import static org.nastavnik.rules.ParticipantFixtures.scenario;
import static org.nastavnik.rules.ParticipantFixtures.schoolStudent;
import static org.nastavnik.rules.ParticipantFixtures.teacher;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nastavnik.common.Language;
import org.nastavnik.model.MentoringForm;
import org.nastavnik.model.Snapshot;

/** FORM_PARTICIPANT_MISMATCH: the mentor and each mentee are of kinds the form admits. */
class FormParticipantMismatchTest {

    private final ComplianceEngine engine = ComplianceEngine.federal();

    @Test
    void should_report_each_participant_whose_kind_the_form_does_not_admit() {
        // given a teacher – teacher pair whose mentor is an employer and one of two mentees a student
        Snapshot s = scenario()
                .people(employer("m1", "e1"), teacher("t1", "s1"), schoolStudent("k1", "s1", "01.03.2008", 8))
                .pair(pair("p1", MentoringForm.TEACHER_TEACHER, "m1", List.of("t1", "k1"), "10.09.2022"))
                .build();
        // when
        ComplianceReport report = engine.check(s, date("01.10.2022"));
        // then
        List<Finding> found = report.findings("FORM_PARTICIPANT_MISMATCH");
        assertEquals(List.of(
                "FORM_PARTICIPANT_MISMATCH|organization:s1|mentorship:p1|person:k1|side=MENTEE",
                "FORM_PARTICIPANT_MISMATCH|organization:s1|mentorship:p1|person:m1|side=MENTOR"), keys(found));
        assertEquals(Map.of("form", "TEACHER_TEACHER", "side", "MENTEE", "kind", "SCHOOL_STUDENT",
                "admittedKinds", "TEACHER", "personOrganization", "s1"), found.get(0).evidence());
        assertEquals(Map.of("form", "TEACHER_TEACHER", "side", "MENTOR", "kind", "EMPLOYER_REPRESENTATIVE",
                "admittedKinds", "TEACHER", "personOrganization", "e1"), found.get(1).evidence());
        assertEquals(Severity.WARNING, found.get(1).severity());
        assertEquals("Expected a MENTOR of kind TEACHER for form TEACHER_TEACHER; participant m1 is "
                + "EMPLOYER_REPRESENTATIVE of organization e1, and the pair is run by organization s1.",
                found.get(1).explanation(Language.EN));
        assertEquals("Участник m1 пары p1 организации s1 не подходит для формы TEACHER_TEACHER (MENTOR).",
                found.get(1).message(Language.RU));
    }

    @Test
    void should_not_report_participants_the_form_admits() {
        // given a college student mentoring a school student (студент – ученик), from different organizations
        Snapshot s = scenario()
                .people(collegeStudent("c", "c1", "01.03.2003"), schoolStudent("k1", "s1", "01.03.2008", 8))
                .pair(pair("p1", MentoringForm.COLLEGE_STUDENT_SCHOOL_STUDENT, "c", List.of("k1"), "10.09.2022"))
                .build();
        // when
        ComplianceReport report = engine.check(s, date("01.10.2022"));
        // then
        assertEquals(List.of(), participantKeys(report));
    }

    @Test
    void should_report_a_student_of_another_school_in_student_student_but_not_one_of_the_same_school() {
        // given ученик – ученик at s1: the mentor from s1, one mentee from s1 and one from s2
        Snapshot s = scenario()
                .people(schoolStudent("k1", "s1", "01.03.2007", 9), schoolStudent("k2", "s1", "01.03.2010", 6),
                        schoolStudent("k3", "s2", "01.03.2010", 6))
                .pair(pair("p1", MentoringForm.STUDENT_STUDENT, "k1", List.of("k2", "k3"), "10.09.2022"))
                .build();
        // when
        ComplianceReport report = engine.check(s, date("01.10.2022"));
        // then
        List<Finding> found = report.findings("FORM_PARTICIPANT_MISMATCH");
        assertEquals(List.of("FORM_PARTICIPANT_MISMATCH|organization:s1|mentorship:p1|person:k3|side=MENTEE"),
                keys(found));
        assertEquals(Map.of("form", "STUDENT_STUDENT", "side", "MENTEE", "kind", "SCHOOL_STUDENT",
                "admittedKinds", "SCHOOL_STUDENT", "personOrganization", "s2"), found.get(0).evidence());
    }
}
