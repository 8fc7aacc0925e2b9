package org.nastavnik.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nastavnik.rules.OrganizationFixtures.adopts;
import static org.nastavnik.rules.OrganizationFixtures.date;
import static org.nastavnik.rules.OrganizationFixtures.keys;
import static org.nastavnik.rules.OrganizationFixtures.org;
import static org.nastavnik.rules.OrganizationFixtures.pair;
import static org.nastavnik.rules.OrganizationFixtures.person;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nastavnik.common.Language;
import org.nastavnik.model.MentoringForm;
import org.nastavnik.model.OrganizationKind;
import org.nastavnik.model.PersonKind;
import org.nastavnik.model.Snapshot;

/** FORM_NOT_ALLOWED_FOR_ORG: forms determined and pairs run only in forms meant for the organization's kind. */
class FormNotAllowedForOrgTest {

    private final ComplianceEngine engine = ComplianceEngine.federal();

    private static Snapshot college() {
        return OrganizationFixtures.school()
                .addOrganizations(org("col", OrganizationKind.COLLEGE))
                .addPeople(person("cs1", PersonKind.COLLEGE_STUDENT, "col"), person("cs2", PersonKind.COLLEGE_STUDENT, "col"))
                .addFormAdoptions(adopts("col", MentoringForm.STUDENT_STUDENT, "10.09.2022"),
                        adopts("col", MentoringForm.STUDENT_STUDENT, "01.09.2022"),
                        adopts("col", MentoringForm.COLLEGE_STUDENT_COLLEGE_STUDENT, "01.09.2022"),
                        adopts("col", MentoringForm.EMPLOYER_SCHOOL_STUDENT, "02.10.2022"),
                        adopts("s1", MentoringForm.STUDENT_STUDENT, "01.09.2022"))
                .addMentorships(pair("p1", "col", MentoringForm.STUDENT_STUDENT, "cs1", "cs2", "15.09.2022"),
                        pair("p2", "col", MentoringForm.COLLEGE_STUDENT_COLLEGE_STUDENT, "cs2", "cs1", "15.09.2022"),
                        pair("p3", "s1", MentoringForm.STUDENT_STUDENT, "st1", "st2", "15.09.2022"))
                .build();
    }

    @Test
    void should_report_a_school_form_determined_by_a_college_once_at_its_earliest_determination() {
        // given a college that determined «ученик – ученик» twice, and a school that did so rightly
        Snapshot s = college();
        // when
        ComplianceReport report = engine.check(s, date("01.10.2022"));
        // then
        List<Finding> found = report.findings("FORM_NOT_ALLOWED_FOR_ORG");
        assertEquals(List.of("FORM_NOT_ALLOWED_FOR_ORG|organization:col|mentorship:p1",
                "FORM_NOT_ALLOWED_FOR_ORG|organization:col|form=STUDENT_STUDENT"), keys(found));
        Finding f = found.get(1);
        assertEquals(List.of(SubjectRef.organization("col")), f.subjects());
        assertEquals(Map.of("form", "STUDENT_STUDENT", "organizationKind", "COLLEGE",
                "allowedKinds", "SCHOOL, ADDITIONAL_EDUCATION", "adoptedOn", "2022-09-01"), f.evidence());
        assertEquals(Severity.WARNING, f.severity());
        assertEquals("Организация col (COLLEGE) определила форму STUDENT_STUDENT, не предназначенную для организаций "
                + "такого вида.", f.message(Language.RU));
    }

    @Test
    void should_report_a_pair_run_in_a_form_not_meant_for_its_organization() {
        // given
        Snapshot s = college();
        // when
        ComplianceReport report = engine.check(s, date("01.10.2022"));
        // then
        Finding f = report.findings("FORM_NOT_ALLOWED_FOR_ORG").get(0);
        assertEquals(List.of(SubjectRef.organization("col"), SubjectRef.mentorship("p1")), f.subjects());
        assertEquals(Map.of("form", "STUDENT_STUDENT", "organizationKind", "COLLEGE",
                "allowedKinds", "SCHOOL, ADDITIONAL_EDUCATION", "formedOn", "2022-09-15"), f.evidence());
        assertEquals("Pair p1 of organization col (COLLEGE) runs in form STUDENT_STUDENT, which is not meant for "
                + "organizations of its kind.", f.message(Language.EN));
    }

    @Test
    void should_report_a_form_from_the_day_it_is_determined() {
        // given the college determines «работодатель – ученик» on 02.10.2022
        Snapshot s = college();
        // when checked on that day and the day before
        ComplianceReport onTheDay = engine.check(s, date("02.10.2022"));
        ComplianceReport before = engine.check(s, date("01.10.2022"));
        // then
        assertEquals(List.of("FORM_NOT_ALLOWED_FOR_ORG|organization:col|mentorship:p1",
                "FORM_NOT_ALLOWED_FOR_ORG|organization:col|form=EMPLOYER_SCHOOL_STUDENT",
                "FORM_NOT_ALLOWED_FOR_ORG|organization:col|form=STUDENT_STUDENT"), keys(onTheDay.findings("FORM_NOT_ALLOWED_FOR_ORG")));
        assertEquals(2, before.findings("FORM_NOT_ALLOWED_FOR_ORG").size());
    }

    @Test
    void should_not_report_forms_meant_for_the_organization() {
        // given only the school's pair and forms
        Snapshot s = OrganizationFixtures.school()
                .addFormAdoptions(adopts("s1", MentoringForm.STUDENT_STUDENT, "01.09.2022"),
                        adopts("s1", MentoringForm.TEACHER_TEACHER, "01.09.2022"))
                .addMentorships(pair("p3", "s1", MentoringForm.STUDENT_STUDENT, "st1", "st2", "15.09.2022"))
                .build();
        // when
        ComplianceReport report = engine.check(s, date("01.10.2022"));
        // then
        assertEquals(List.of(), report.findings("FORM_NOT_ALLOWED_FOR_ORG"));
    }
}
