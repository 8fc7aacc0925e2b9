package org.nastavnik.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nastavnik.rules.OrganizationFixtures.agreement;
import static org.nastavnik.rules.OrganizationFixtures.completed;
import static org.nastavnik.rules.OrganizationFixtures.date;
import static org.nastavnik.rules.OrganizationFixtures.keys;
import static org.nastavnik.rules.OrganizationFixtures.org;
import static org.nastavnik.rules.OrganizationFixtures.pair;
import static org.nastavnik.rules.OrganizationFixtures.person;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nastavnik.model.Agreement;
import org.nastavnik.common.Language;
import org.nastavnik.model.MentoringForm;
import org.nastavnik.model.Mentorship;
import org.nastavnik.model.OrganizationKind;
import org.nastavnik.model.PersonKind;
import org.nastavnik.model.Snapshot;

/** EXTERNAL_MENTOR_NO_AGREEMENT: a mentor from another organization mentors under an agreement in force. */
class ExternalMentorNoAgreementTest {

    private final ComplianceEngine engine = ComplianceEngine.federal();

    private static final Mentorship EMPLOYER_PAIR =
            pair("p1", "s1", MentoringForm.EMPLOYER_SCHOOL_STUDENT, "w1", "st1", "01.09.2022");
    private static final Mentorship SCHOOL_PAIR = pair("p2", "s1", MentoringForm.STUDENT_STUDENT, "st2", "st3", "01.09.2022");

    private static Snapshot withEnterprise(Mentorship pair, Agreement... agreements) {
        return OrganizationFixtures.school()
                .addOrganizations(org("e1", OrganizationKind.ENTERPRISE))
                .addPeople(person("w1", PersonKind.EMPLOYER_REPRESENTATIVE, "e1"))
                .addMentorships(pair, SCHOOL_PAIR)
                .addAgreements(agreements)
                .build();
    }

    @Test
    void should_report_an_enterprise_mentor_whose_agreement_expired_the_day_before() {
        // given an agreement in force until 30.09.2022
        Snapshot s = withEnterprise(EMPLOYER_PAIR, agreement("a1", "s1", "e1", "01.09.2022", "30.09.2022"));
        // when
        ComplianceReport report = engine.check(s, date("01.10.2022"));
        // then
        List<Finding> found = report.findings("EXTERNAL_MENTOR_NO_AGREEMENT");
        assertEquals(List.of("EXTERNAL_MENTOR_NO_AGREEMENT|organization:s1|mentorship:p1|person:w1"), keys(found));
        assertEquals(Map.of("mentorOrganization", "e1", "mentorOrganizationKind", "ENTERPRISE", "asOf", "2022-10-01",
                "agreementsInForce", "0"), found.get(0).evidence());
        assertEquals(Severity.WARNING, found.get(0).severity());
        assertEquals("Наставник w1 пары p1 из организации e1 работает без действующего соглашения с организацией s1.",
                found.get(0).message(Language.RU));
    }

    @Test
    void should_not_report_on_the_last_day_of_the_agreement() {
        // given
        Snapshot s = withEnterprise(EMPLOYER_PAIR, agreement("a1", "s1", "e1", "01.09.2022", "30.09.2022"));
        // when
        ComplianceReport report = engine.check(s, date("30.09.2022"));
        // then
        assertEquals(List.of(), report.findings("EXTERNAL_MENTOR_NO_AGREEMENT"));
    }

    @Test
    void should_accept_an_agreement_signed_by_the_partner_as_the_first_party() {
        // given an open-ended agreement written the other way round
        Snapshot s = withEnterprise(EMPLOYER_PAIR, agreement("a1", "e1", "s1", "01.09.2022", null));
        // when
        ComplianceReport report = engine.check(s, date("01.10.2022"));
        // then
        assertEquals(List.of(), report.findings("EXTERNAL_MENTOR_NO_AGREEMENT"));
    }

    @Test
    void should_not_report_a_pair_completed_before_the_check_date() {
        // given no agreement, and the pair completed the day before
        Snapshot s = withEnterprise(completed(EMPLOYER_PAIR, "30.09.2022"));
        // when
        ComplianceReport report = engine.check(s, date("01.10.2022"));
        // then
        assertEquals(List.of(), report.findings("EXTERNAL_MENTOR_NO_AGREEMENT"));
    }
}
