package org.nastavnik.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nastavnik.rules.Fixtures.date;
import static org.nastavnik.rules.ParticipantFixtures.consent;
import static org.nastavnik.rules.ParticipantFixtures.keys;
import static org.nastavnik.rules.ParticipantFixtures.pair;
import static org.nastavnik.rules.ParticipantFixtures.participantKeys;
import static org.nastavnik.rules.ParticipantFixtures.scenario;
import static org.nastavnik.rules.ParticipantFixtures.schoolStudent;
import static org.nastavnik.rules.ParticipantFixtures.schoolStudentOfUnknownAge;
import static org.nastavnik.rules.ParticipantFixtures.withdrawn;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nastavnik.model.Consent;
import org.nastavnik.model.ConsentGiver;
import org.nastavnik.model.ConsentKind;
import org.nastavnik.common.Language;
import org.nastavnik.model.MentoringForm;
import org.nastavnik.model.Person;
import org.nastavnik.model.Snapshot;

/**
 * MINOR_PD_CONSENT_MISSING: every participant under 18 on the formation date has a personal-data
 * consent by a legal representative in force on that day.
 */
class MinorPdConsentMissingTest {

    private final ComplianceEngine engine = ComplianceEngine.federal();

    /** Mentor k1 (16 on 01.09.2022) and mentee k2 (12); only the consents given, none by default. */
    private static Snapshot studentPair(Person mentor, Consent... consents) {
        ParticipantFixtures.Scenario sc = scenario().withoutDefaultConsents()
                .people(mentor, schoolStudent("k2", "s1", "10.05.2010", 6))
                .consent(consent("k2", ConsentKind.PERSONAL_DATA, ConsentGiver.LEGAL_REPRESENTATIVE, "20.08.2022"))
                .consent(consent(mentor.id(), ConsentKind.PERSONAL_DATA, ConsentGiver.SELF, "20.08.2022"))
                .pair(pair("p1", MentoringForm.STUDENT_STUDENT, mentor.id(), List.of("k2"), "01.09.2022"));
        for (Consent c : consents) {
            sc.consent(c);
        }
        return sc.build();
    }

    private static Person mentor16() {
        return schoolStudent("k1", "s1", "10.05.2006", 10);
    }

    @Test
    void should_report_a_minor_mentor_with_only_their_own_consent() {
        // given the mentor's consent is their own, not a legal representative's
        Snapshot s = studentPair(mentor16());
        // when
        ComplianceReport report = engine.check(s, date("01.10.2022"));
        // then
        List<Finding> found = report.findings("MINOR_PD_CONSENT_MISSING");
        assertEquals(List.of("MINOR_PD_CONSENT_MISSING|organization:s1|mentorship:p1|person:k1"), keys(found));
        assertEquals(Map.of("side", "MENTOR", "birthDate", "2006-05-10", "formedOn", "2022-09-01",
                "ageOnFormation", "16", "consentsGivenOn", "none", "consentsWithdrawnOn", "none"),
                found.get(0).evidence());
        assertEquals(Severity.WARNING, found.get(0).severity());
        assertEquals("Expected a legal representative's consent given by 2022-09-01 and not withdrawn; participant k1 "
                + "(MENTOR) was 16 on that day; consents given on: none, withdrawn on: none.",
                found.get(0).explanation(Language.EN));
        assertEquals(List.of(), report.findings("ADULT_PD_CONSENT_MISSING"));
    }

    @Test
    void should_not_report_a_consent_given_on_the_formation_date() {
        // given
        Snapshot s = studentPair(mentor16(),
                consent("k1", ConsentKind.PERSONAL_DATA, ConsentGiver.LEGAL_REPRESENTATIVE, "01.09.2022"));
        // when
        ComplianceReport report = engine.check(s, date("01.10.2022"));
        // then
        assertEquals(List.of(), report.findings("MINOR_PD_CONSENT_MISSING"));
        assertEquals(List.of(), report.findings("ADULT_PD_CONSENT_MISSING"));
    }

    @Test
    void should_report_a_consent_given_the_day_after_formation() {
        // given
        Snapshot s = studentPair(mentor16(),
                consent("k1", ConsentKind.PERSONAL_DATA, ConsentGiver.LEGAL_REPRESENTATIVE, "02.09.2022"));
        // when
        ComplianceReport report = engine.check(s, date("01.10.2022"));
        // then
        assertEquals("2022-09-02", report.findings("MINOR_PD_CONSENT_MISSING").get(0).evidence().get("consentsGivenOn"));
    }

    @Test
    void should_report_a_consent_withdrawn_on_the_formation_date_but_not_one_withdrawn_the_day_after() {
        // given
        Snapshot onTheDay = studentPair(mentor16(), withdrawn("k1", ConsentKind.PERSONAL_DATA,
                ConsentGiver.LEGAL_REPRESENTATIVE, "01.08.2022", "01.09.2022"));
        Snapshot dayAfter = studentPair(mentor16(), withdrawn("k1", ConsentKind.PERSONAL_DATA,
                ConsentGiver.LEGAL_REPRESENTATIVE, "01.08.2022", "02.09.2022"));
        // when
        ComplianceReport first = engine.check(onTheDay, date("01.10.2022"));
        ComplianceReport second = engine.check(dayAfter, date("01.10.2022"));
        // then
        Finding f = first.findings("MINOR_PD_CONSENT_MISSING").get(0);
        assertEquals("2022-08-01", f.evidence().get("consentsGivenOn"));
        assertEquals("2022-09-01", f.evidence().get("consentsWithdrawnOn"));
        assertEquals(List.of(), second.findings("MINOR_PD_CONSENT_MISSING"));
    }

    @Test
    void should_hand_a_participant_who_turns_18_on_the_formation_date_to_the_adult_rule() {
        // given a mentor born 01.09.2004, with only their own consent
        Snapshot s = studentPair(schoolStudent("k1", "s1", "01.09.2004", 11));
        // when
        ComplianceReport report = engine.check(s, date("01.10.2022"));
        // then
        assertEquals(List.of(), participantKeys(report));
    }

    @Test
    void should_report_nothing_about_a_student_whose_birth_date_is_unknown() {
        // given a mentor of unknown age with no consent at all
        Snapshot s = scenario().withoutDefaultConsents()
                .people(schoolStudentOfUnknownAge("k1", "s1"), schoolStudent("k2", "s1", "10.05.2010", 6))
                .consent(consent("k2", ConsentKind.PERSONAL_DATA, ConsentGiver.LEGAL_REPRESENTATIVE, "20.08.2022"))
                .pair(pair("p1", MentoringForm.STUDENT_STUDENT, "k1", List.of("k2"), "01.09.2022"))
                .build();
        // when
        ComplianceReport report = engine.check(s, date("01.10.2022"));
        // then
        assertEquals(List.of(), participantKeys(report));
    }
}
