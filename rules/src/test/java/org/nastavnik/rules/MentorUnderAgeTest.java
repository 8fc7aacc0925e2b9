package org.nastavnik.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nastavnik.rules.Fixtures.date;
import static org.nastavnik.rules.ParticipantFixtures.keys;
import static org.nastavnik.rules.ParticipantFixtures.pair;
import static org.nastavnik.rules.ParticipantFixtures.participantKeys;
import static org.nastavnik.rules.ParticipantFixtures.scenario;
import static org.nastavnik.rules.ParticipantFixtures.schoolStudent;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nastavnik.common.Language;
import org.nastavnik.model.MentoringForm;
import org.nastavnik.model.Person;
import org.nastavnik.model.PersonKind;
import org.nastavnik.model.Snapshot;

/** MENTOR_UNDER_AGE: in ученик – ученик the mentor is older than the mentee and in a higher grade. */
class MentorUnderAgeTest {

    private final ComplianceEngine engine = ComplianceEngine.federal();

    private static Snapshot pairOf(Person mentor, Person mentee) {
        return scenario().people(mentor, mentee)
                .pair(pair("p1", MentoringForm.STUDENT_STUDENT, mentor.id(), List.of(mentee.id()), "01.09.2022"))
                .build();
    }

    @Test
    void should_report_a_mentor_born_on_the_same_day_and_in_the_same_grade() {
        // given
        Snapshot s = pairOf(schoolStudent("k1", "s1", "15.03.2010", 6), schoolStudent("k2", "s1", "15.03.2010", 6));
        // when
        ComplianceReport report = engine.check(s, date("01.10.2022"));
        // then
        List<Finding> found = report.findings("MENTOR_UNDER_AGE");
        assertEquals(List.of("MENTOR_UNDER_AGE|organization:s1|mentorship:p1|person:k1|person:k2"), keys(found));
        assertEquals(Map.of("mentor", "k1", "mentee", "k2", "notSeniorBy", "birthDate, grade",
                "mentorBirthDate", "2010-03-15", "menteeBirthDate", "2010-03-15", "mentorGrade", "6",
                "menteeGrade", "6"), found.get(0).evidence());
        assertEquals(Severity.NOTICE, found.get(0).severity());
        assertEquals("Mentor k1 of pair p1 of organization s1 is not senior to mentee k2.",
                found.get(0).message(Language.EN));
    }

    @Test
    void should_not_report_a_mentor_born_a_day_earlier_and_one_grade_higher() {
        // given
        Snapshot s = pairOf(schoolStudent("k1", "s1", "14.03.2010", 7), schoolStudent("k2", "s1", "15.03.2010", 6));
        // when
        ComplianceReport report = engine.check(s, date("01.10.2022"));
        // then
        assertEquals(List.of(), participantKeys(report));
    }

    @Test
    void should_report_a_lower_grade_even_when_the_mentor_is_older() {
        // given an older mentor held back a grade below the mentee
        Snapshot s = pairOf(schoolStudent("k1", "s1", "01.01.2009", 6), schoolStudent("k2", "s1", "15.03.2010", 7));
        // when
        ComplianceReport report = engine.check(s, date("01.10.2022"));
        // then
        assertEquals("grade", report.findings("MENTOR_UNDER_AGE").get(0).evidence().get("notSeniorBy"));
    }

    @Test
    void should_compare_only_what_is_known_for_both() {
        // given a younger mentor whose grade is unknown
        Person mentor = Person.builder().id("k1").kind(PersonKind.SCHOOL_STUDENT).organizationId("s1")
                .birthDate(date("01.05.2010")).build();
        Snapshot s = pairOf(mentor, schoolStudent("k2", "s1", "15.03.2010", 6));
        // when
        ComplianceReport report = engine.check(s, date("01.10.2022"));
        // then
        Finding f = report.findings("MENTOR_UNDER_AGE").get(0);
        assertEquals("birthDate", f.evidence().get("notSeniorBy"));
        assertEquals("none", f.evidence().get("mentorGrade"));
    }
}
