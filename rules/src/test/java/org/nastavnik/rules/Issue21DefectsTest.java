package org.nastavnik.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nastavnik.rules.OrganizationFixtures.adopts;
import static org.nastavnik.rules.OrganizationFixtures.date;
import static org.nastavnik.rules.OrganizationFixtures.org;
import static org.nastavnik.rules.OrganizationFixtures.pair;
import static org.nastavnik.rules.OrganizationFixtures.person;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.nastavnik.common.Language;
import org.nastavnik.model.CuratorAppointment;
import org.nastavnik.model.DocumentRef;
import org.nastavnik.model.MentoringForm;
import org.nastavnik.model.MentoringSystem;
import org.nastavnik.model.OrganizationKind;
import org.nastavnik.model.PersonKind;
import org.nastavnik.model.Snapshot;

/**
 * The three defects of issue 21: a pair formed before its form was determined, a curator whose
 * appointing order is signed after the check date, and the colleges' form «педагог – студент».
 */
class Issue21DefectsTest {

    private final ComplianceEngine engine = ComplianceEngine.federal();

    @Test
    void a_pair_formed_before_its_form_was_determined_is_a_finding_about_the_pair_not_about_the_organization() {
        // given a school that formed pair p1 on 01.09.2022 and determined the form only on 15.09.2022
        Snapshot s = Fixtures.school()
                .addFormAdoptions(Fixtures.adopts("s1", "15.09.2022"))
                .addMentorships(Fixtures.pair("p1", "s1", "t1", List.of("t2"), "01.09.2022"))
                .build();
        // when, after the window has closed
        List<Finding> found = engine.check(s, date("01.11.2022")).findings("PAIR_FORMED_LATE");
        // then one finding, about the pair; not «no pair formed by the deadline», which the data contradicts
        assertEquals(List.of("PAIR_FORMED_LATE|organization:s1|mentorship:p1|formedBefore=adoption"),
                found.stream().map(Finding::key).collect(Collectors.toList()));
        assertEquals(Map.of("formedBefore", "adoption", "form", "TEACHER_TEACHER", "formedOn", "2022-09-01",
                "adoptedOn", "2022-09-15", "daysEarly", "14"), found.get(0).evidence());
        assertTrue(found.get(0).message(Language.RU).contains("раньше определения формы"), found.get(0).message(Language.RU));
    }

    @Test
    void a_pair_formed_on_the_day_of_determination_is_not_early() {
        Snapshot s = Fixtures.school()
                .addFormAdoptions(Fixtures.adopts("s1", "01.09.2022"))
                .addMentorships(Fixtures.pair("p1", "s1", "t1", List.of("t2"), "01.09.2022"))
                .build();
        assertTrue(engine.check(s, date("01.11.2022")).findings("PAIR_FORMED_LATE").isEmpty());
    }

    @Test
    void a_curator_whose_order_is_signed_after_the_check_date_is_not_yet_appointed() {
        // given an appointment from 01.09.2022 made by an order signed 05.10.2022
        CuratorAppointment late = CuratorAppointment.builder().personId("t5").organizationId("s1")
                .order(DocumentRef.order("12", date("05.10.2022"))).appointedOn(date("01.09.2022")).build();
        Snapshot s = Fixtures.school().addCuratorAppointments(late).build();
        // when checked on 01.10.2022, before the order was signed
        List<Finding> found = engine.check(s, date("01.10.2022")).findings("CURATOR_MISSING");
        // then
        assertEquals(1, found.size());
        assertEquals(Map.of("asOf", "2022-10-01", "appointedOn", "2022-09-01", "orderDate", "2022-10-05",
                "curatorsInForce", "0"), found.get(0).evidence());
        assertEquals("В организации s1 нет куратора на 01.10.2022: приказ о назначении подписан позже, 05.10.2022.",
                found.get(0).message(Language.RU));
        // and on the day the order is signed, and for an undated order, the curator is appointed
        assertTrue(engine.check(s, date("05.10.2022")).findings("CURATOR_MISSING").isEmpty());
        CuratorAppointment undated = CuratorAppointment.builder().personId("t5").organizationId("s1")
                .order(DocumentRef.builder().number("12").build()).appointedOn(date("01.09.2022")).build();
        assertTrue(engine.check(Fixtures.school().addCuratorAppointments(undated).build(), date("01.10.2022"))
                .findings("CURATOR_MISSING").isEmpty());
    }

    @Test
    void a_second_curator_with_a_signed_order_is_enough() {
        CuratorAppointment late = CuratorAppointment.builder().personId("t5").organizationId("s1")
                .order(DocumentRef.order("12", date("05.10.2022"))).appointedOn(date("01.09.2022")).build();
        Snapshot s = Fixtures.school().addCuratorAppointments(late, Fixtures.curator("t4", "s1", "01.09.2022")).build();
        assertTrue(engine.check(s, date("01.10.2022")).findings("CURATOR_MISSING").isEmpty());
    }

    @Test
    void the_colleges_form_teacher_college_student_is_known_with_its_participants_and_organizations() {
        MentoringForm f = MentoringForm.TEACHER_COLLEGE_STUDENT;
        assertEquals("педагог – студент", f.displayName(Language.RU));
        assertEquals(MentoringSystem.STUDENTS, f.system());
        assertTrue(f.admitsMentor(PersonKind.TEACHER) && f.admitsMentor(PersonKind.LECTURER));
        assertTrue(f.admitsMentee(PersonKind.COLLEGE_STUDENT) && !f.admitsMentee(PersonKind.SCHOOL_STUDENT));
        assertTrue(f.suits(OrganizationKind.COLLEGE) && !f.suits(OrganizationKind.SCHOOL));
    }

    @Test
    void a_college_pair_of_teacher_and_student_is_not_flagged_but_one_in_a_school_is() {
        Snapshot s = OrganizationFixtures.school()
                .addOrganizations(org("col", OrganizationKind.COLLEGE))
                .addPeople(person("ct1", PersonKind.TEACHER, "col"), person("cs1", PersonKind.COLLEGE_STUDENT, "col"))
                .addFormAdoptions(adopts("col", MentoringForm.TEACHER_COLLEGE_STUDENT, "01.09.2022"),
                        adopts("s1", MentoringForm.TEACHER_COLLEGE_STUDENT, "01.09.2022"))
                .addMentorships(pair("p1", "col", MentoringForm.TEACHER_COLLEGE_STUDENT, "ct1", "cs1", "10.09.2022"))
                .build();
        ComplianceReport report = engine.check(s, date("01.10.2022"));
        assertTrue(report.findings("FORM_PARTICIPANT_MISMATCH").stream().noneMatch(f -> f.isAbout("p1")));
        assertEquals(List.of("FORM_NOT_ALLOWED_FOR_ORG|organization:s1|form=TEACHER_COLLEGE_STUDENT"),
                report.findings("FORM_NOT_ALLOWED_FOR_ORG").stream().map(Finding::key).collect(Collectors.toList()));
    }
}
