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

/** EXTRA_DUTY_CONSENT_MISSING: both sides of a teacher-system pair consent in writing to the extra duties. */
class ExtraDutyConsentMissingTest {

    private final ComplianceEngine engine = ComplianceEngine.federal();

    /** Head h mentors teachers t1 and t2 (руководитель – педагог); personal-data consents given; t1's extra duties given. */
    private static ParticipantFixtures.Scenario headTeacherGroup() {
        return scenario().withoutDefaultConsents()
                .people(ParticipantFixtures.teacherBuilder("h", "s1").kind(org.nastavnik.model.PersonKind.HEAD).build(),
                        teacher("t1", "s1"), teacher("t2", "s1"))
                .consent(consent("h", ConsentKind.PERSONAL_DATA, ConsentGiver.SELF, "20.08.2022"))
                .consent(consent("t1", ConsentKind.PERSONAL_DATA, ConsentGiver.SELF, "20.08.2022"))
                .consent(consent("t2", ConsentKind.PERSONAL_DATA, ConsentGiver.SELF, "20.08.2022"))
                .consent(consent("t1", ConsentKind.EXTRA_DUTIES, ConsentGiver.SELF, "20.08.2022"))
                .pair(pair("p1", MentoringForm.HEAD_TEACHER, "h", List.of("t1", "t2"), "01.09.2022"));
    }

    @Test
    void should_report_each_participant_without_a_consent_to_extra_duties() {
        // given the head and t2 have not consented
        Snapshot s = headTeacherGroup().build();
        // when
        ComplianceReport report = engine.check(s, date("01.10.2022"));
        // then
        List<Finding> found = report.findings("EXTRA_DUTY_CONSENT_MISSING");
        assertEquals(List.of("EXTRA_DUTY_CONSENT_MISSING|organization:s1|mentorship:p1|person:h",
                "EXTRA_DUTY_CONSENT_MISSING|organization:s1|mentorship:p1|person:t2"), keys(found));
        assertEquals(Map.of("side", "MENTOR", "formedOn", "2022-09-01", "consentsGivenOn", "none",
                "consentsWithdrawnOn", "none"), found.get(0).evidence());
        assertEquals(Severity.WARNING, found.get(0).severity());
        assertEquals("Participant h of pair p1 of organization s1 has no written consent to additional duties on "
                + "2022-09-01.", found.get(0).message(Language.EN));
    }

    @Test
    void should_not_report_consents_given_on_the_formation_date_but_report_one_given_the_day_after() {
        // given h consents on the formation day, t2 the day after
        Snapshot s = headTeacherGroup()
                .consent(consent("h", ConsentKind.EXTRA_DUTIES, ConsentGiver.SELF, "01.09.2022"))
                .consent(consent("t2", ConsentKind.EXTRA_DUTIES, ConsentGiver.SELF, "02.09.2022"))
                .build();
        // when
        ComplianceReport report = engine.check(s, date("01.10.2022"));
        // then
        assertEquals(List.of("EXTRA_DUTY_CONSENT_MISSING|organization:s1|mentorship:p1|person:t2"),
                participantKeys(report));
        assertEquals("2022-09-02", report.findings("EXTRA_DUTY_CONSENT_MISSING").get(0).evidence().get("consentsGivenOn"));
    }

    @Test
    void should_not_apply_to_the_student_system() {
        // given a student pair with no consent to extra duties at all
        Snapshot s = scenario().withoutDefaultConsents()
                .people(schoolStudent("k1", "s1", "10.05.2006", 10), schoolStudent("k2", "s1", "10.05.2010", 6))
                .pair(pair("p1", MentoringForm.STUDENT_STUDENT, "k1", List.of("k2"), "01.09.2022"))
                .build();
        // when
        ComplianceReport report = engine.check(s, date("01.10.2022"));
        // then
        assertEquals(List.of(), report.findings("EXTRA_DUTY_CONSENT_MISSING"));
    }
}
