package org.nastavnik.rules.facts;

import org.nastavnik.rules.ParticipantFixtures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nastavnik.rules.Fixtures.date;
import static org.nastavnik.rules.ParticipantFixtures.pair;
import static org.nastavnik.rules.ParticipantFixtures.schoolStudent;
import static org.nastavnik.rules.ParticipantFixtures.schoolStudentOfUnknownAge;
import static org.nastavnik.rules.ParticipantFixtures.teacher;
import static org.nastavnik.rules.ParticipantFixtures.teacherBuilder;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.nastavnik.model.ConsentGiver;
import org.nastavnik.model.ConsentKind;
import org.nastavnik.model.MentoringForm;
import org.nastavnik.model.Mentorship;
import org.nastavnik.model.ParticipantRole;
import org.nastavnik.model.Person;
import org.nastavnik.model.PersonKind;

/** The helpers the participant rules call. */
class ParticipantsTest {

    private final Mentorship group = pair("g", MentoringForm.STUDENT_STUDENT, "k1", List.of("k2", "k3"), "01.09.2022");

    @Test
    void should_tell_who_takes_part_and_on_which_side() {
        assertEquals(List.of("k1", "k2", "k3"), Participants.participantIds(group));
        assertEquals(List.of("k1", "k2"), Participants.participantIds(
                pair("x", MentoringForm.STUDENT_STUDENT, "k1", List.of("k2", "k1"), "01.09.2022")));
        assertEquals(ParticipantRole.MENTOR, Participants.side(group, "k1"));
        assertEquals(ParticipantRole.MENTEE, Participants.side(group, "k2"));
    }

    @Test
    void should_fit_a_person_to_a_form_by_kind_and_for_student_student_by_organization() {
        assertTrue(Participants.fitsForm(group, schoolStudent("k2", "s1", "01.01.2010", 6), ParticipantRole.MENTEE));
        assertFalse(Participants.fitsForm(group, schoolStudent("k2", "s2", "01.01.2010", 6), ParticipantRole.MENTEE));
        assertFalse(Participants.fitsForm(group, teacher("t1", "s1"), ParticipantRole.MENTOR));
        Mentorship collegeSchool = pair("c", MentoringForm.COLLEGE_STUDENT_SCHOOL_STUDENT, "c", List.of("k2"),
                "01.09.2022");
        assertTrue(Participants.fitsForm(collegeSchool, schoolStudent("k2", "s2", "01.01.2010", 6),
                ParticipantRole.MENTEE));
        assertFalse(Participants.fitsForm(collegeSchool, schoolStudent("k2", "s2", "01.01.2010", 6),
                ParticipantRole.MENTOR));
        assertEquals(List.of(PersonKind.SCHOOL_STUDENT),
                Participants.admittedKinds(MentoringForm.EMPLOYER_SCHOOL_STUDENT, ParticipantRole.MENTEE));
    }

    @Test
    void should_take_age_limits_on_the_day_and_leave_unknown_ages_alone() {
        Person ten = schoolStudent("k", "s1", "01.09.2012", 4);
        assertFalse(Participants.youngerThan(ten, date("01.09.2022"), 10));
        assertTrue(Participants.youngerThan(ten, date("31.08.2022"), 10));
        assertFalse(Participants.youngerThan(schoolStudentOfUnknownAge("k", "s1"), date("01.09.2022"), 10));
    }

    @Test
    void should_presume_adults_only_among_staff_when_the_birth_date_is_unknown() {
        assertTrue(Participants.isAdultOn(teacher("t", "s1"), date("01.09.2022")));
        assertTrue(Participants.isAdultOn(ParticipantFixtures.employer("e", "e1"), date("01.09.2022")));
        assertFalse(Participants.isAdultOn(schoolStudentOfUnknownAge("k", "s1"), date("01.09.2022")));
        assertFalse(Participants.isAdultOn(Person.builder().id("o").kind(PersonKind.OTHER).organizationId("s1").build(),
                date("01.09.2022")));
        Person turning18 = schoolStudent("k", "s1", "01.09.2004", 11);
        assertTrue(Participants.isAdultOn(turning18, date("01.09.2022")));
        assertFalse(Participants.isAdultOn(turning18, date("31.08.2022")));
        assertFalse(Participants.isAdultOn(teacherBuilder("t", "s1").birthDate(date("01.01.2006")).build(),
                date("01.09.2022")));
    }

    @Test
    void should_name_what_makes_a_mentor_not_senior() {
        Person mentee = schoolStudent("k2", "s1", "15.03.2010", 6);
        assertEquals(List.of(), Participants.notSeniorBy(schoolStudent("k1", "s1", "14.03.2010", 7), mentee));
        assertEquals(List.of("birthDate", "grade"),
                Participants.notSeniorBy(schoolStudent("k1", "s1", "15.03.2010", 6), mentee));
        assertEquals(List.of("grade"), Participants.notSeniorBy(schoolStudent("k1", "s1", "01.01.2009", 5), mentee));
        assertEquals(List.of(), Participants.notSeniorBy(schoolStudentOfUnknownAge("k1", "s1"), mentee));
    }

    @Test
    void should_name_the_young_specialist_limits_exceeded() {
        Person p = teacherBuilder("t", "s1").experienceYears(4).birthDate(date("01.09.1986")).build();
        assertEquals(List.of("experience"),
                Participants.youngSpecialistLimitsExceeded(p, date("01.09.2022"), 3, OptionalInt.empty()));
        assertEquals(List.of("experience", "age"),
                Participants.youngSpecialistLimitsExceeded(p, date("01.09.2022"), 3, OptionalInt.of(35)));
        assertEquals(List.of(), Participants.youngSpecialistLimitsExceeded(p, date("01.09.2022"), 4, OptionalInt.of(36)));
        assertEquals(List.of(), Participants.youngSpecialistLimitsExceeded(teacher("t", "s1"), date("01.09.2022"), 0,
                OptionalInt.of(18)));
    }

    @Test
    void should_count_distinct_mentees_and_sort_ids() {
        List<Mentorship> ms = List.of(pair("b", MentoringForm.TEACHER_TEACHER, "t1", List.of("t3", "t2"), "01.09.2022"),
                pair("a", MentoringForm.TEACHER_TEACHER, "t1", List.of("t2"), "01.09.2022"));
        assertEquals(List.of("t2", "t3"), Participants.distinctMentees(ms));
        assertEquals(List.of("a", "b"), Participants.mentorshipIds(ms));
    }

    @Test
    void should_list_consent_dates_sorted_and_the_earliest_training() {
        var consents = List.of(
                ParticipantFixtures.withdrawn("k", ConsentKind.PERSONAL_DATA, ConsentGiver.SELF, "05.09.2022", "07.09.2022"),
                ParticipantFixtures.consent("k", ConsentKind.PERSONAL_DATA, ConsentGiver.SELF, "01.09.2022"));
        assertEquals(List.of(date("01.09.2022"), date("05.09.2022")), Participants.givenOn(consents));
        assertEquals(List.of(date("07.09.2022")), Participants.withdrawnOn(consents));
        assertEquals(Optional.empty(), Participants.noneIfEmpty(List.of()));
        assertEquals(Optional.of(date("01.10.2022")), Participants.earliestCompletion(List.of(
                ParticipantFixtures.training("t", "03.10.2022"), ParticipantFixtures.training("t", "01.10.2022"))));
        assertEquals(Optional.empty(), Participants.earliestCompletion(List.of()));
    }
}
