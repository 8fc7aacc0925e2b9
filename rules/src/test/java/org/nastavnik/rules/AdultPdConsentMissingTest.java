package org.nastavnik.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nastavnik.rules.Fixtures.date;
import static org.nastavnik.rules.ParticipantFixtures.consent;
import static org.nastavnik.rules.ParticipantFixtures.keys;
import static org.nastavnik.rules.ParticipantFixtures.pair;
import static org.nastavnik.rules.ParticipantFixtures.participantKeys;
import static org.nastavnik.rules.ParticipantFixtures.scenario;
import static org.nastavnik.rules.ParticipantFixtures.schoolStudent;
import static org.nastavnik.rules.ParticipantFixtures.teacher;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nastavnik.model.ConsentGiver;
import org.nastavnik.model.ConsentKind;
import org.nastavnik.common.Language;
import org.nastavnik.model.MentoringForm;
import org.nastavnik.model.Snapshot;

/** ADULT_PD_CONSENT_MISSING: every adult participant has their own personal-data consent on the formation date. */
class AdultPdConsentMissingTest {

    private final ComplianceEngine engine = ComplianceEngine.federal();

    private static ParticipantFixtures.Scenario teacherPair() {
        return scenario().withoutDefaultConsents()
                .people(teacher("t1", "s1"), teacher("t2", "s1"))
                .consent(consent("t1", ConsentKind.PERSONAL_DATA, ConsentGiver.SELF, "20.08.2022"))
                .consent(consent("t1", ConsentKind.EXTRA_DUTIES, ConsentGiver.SELF, "20.08.2022"))
                .consent(consent("t2", ConsentKind.EXTRA_DUTIES, ConsentGiver.SELF, "20.08.2022"))
                .pair(pair("p1", MentoringForm.TEACHER_TEACHER, "t1", List.of("t2"), "01.09.2022"));
    }

    @Test
    void should_report_a_teacher_of_unknown_age_without_own_consent() {
        // given mentee t2 has only a consent given by someone else
        Snapshot s = teacherPair()
                .consent(consent("t2", ConsentKind.PERSONAL_DATA, ConsentGiver.LEGAL_REPRESENTATIVE, "20.08.2022"))
                .build();
        // when
        ComplianceReport report = engine.check(s, date("01.10.2022"));
        // then
        List<Finding> found = report.findings("ADULT_PD_CONSENT_MISSING");
        assertEquals(List.of("ADULT_PD_CONSENT_MISSING|organization:s1|mentorship:p1|person:t2"), keys(found));
        assertEquals(Map.of("side", "MENTEE", "kind", "TEACHER", "ageOnFormation", "none", "formedOn", "2022-09-01",
                "consentsGivenOn", "none", "consentsWithdrawnOn", "none"), found.get(0).evidence());
        assertEquals(Severity.WARNING, found.get(0).severity());
        assertEquals("У участника t2 пары p1 организации s1 нет собственного согласия на обработку персональных "
                + "данных на 01.09.2022.", found.get(0).message(Language.RU));
    }

    @Test
    void should_not_report_own_consent_given_on_the_formation_date() {
        // given
        Snapshot s = teacherPair().consent(consent("t2", ConsentKind.PERSONAL_DATA, ConsentGiver.SELF, "01.09.2022"))
                .build();
        // when
        ComplianceReport report = engine.check(s, date("01.10.2022"));
        // then
        assertEquals(List.of(), participantKeys(report));
    }

    @Test
    void should_report_own_consent_given_the_day_after_formation() {
        // given
        Snapshot s = teacherPair().consent(consent("t2", ConsentKind.PERSONAL_DATA, ConsentGiver.SELF, "02.09.2022"))
                .build();
        // when
        ComplianceReport report = engine.check(s, date("01.10.2022"));
        // then
        assertEquals("2022-09-02", report.findings("ADULT_PD_CONSENT_MISSING").get(0).evidence().get("consentsGivenOn"));
    }

    @Test
    void should_report_an_adult_student_by_birth_date() {
        // given a college-student mentor, 19 on the formation date, without own consent
        Snapshot s = scenario().withoutDefaultConsents()
                .people(ParticipantFixtures.collegeStudent("c", "c1", "01.03.2003"),
                        schoolStudent("k2", "s1", "10.05.2010", 6))
                .consent(consent("k2", ConsentKind.PERSONAL_DATA, ConsentGiver.LEGAL_REPRESENTATIVE, "20.08.2022"))
                .pair(pair("p1", MentoringForm.COLLEGE_STUDENT_SCHOOL_STUDENT, "c", List.of("k2"), "01.09.2022"))
                .build();
        // when
        ComplianceReport report = engine.check(s, date("01.10.2022"));
        // then
        assertEquals(List.of("ADULT_PD_CONSENT_MISSING|organization:s1|mentorship:p1|person:c"),
                participantKeys(report));
        assertEquals("19", report.findings("ADULT_PD_CONSENT_MISSING").get(0).evidence().get("ageOnFormation"));
    }
}
