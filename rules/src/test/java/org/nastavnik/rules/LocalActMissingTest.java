package org.nastavnik.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nastavnik.rules.OrganizationFixtures.act;
import static org.nastavnik.rules.OrganizationFixtures.adopts;
import static org.nastavnik.rules.OrganizationFixtures.date;
import static org.nastavnik.rules.OrganizationFixtures.keys;
import static org.nastavnik.rules.OrganizationFixtures.org;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nastavnik.common.Language;
import org.nastavnik.model.LocalActKind;
import org.nastavnik.model.MentoringForm;
import org.nastavnik.model.OrganizationKind;
import org.nastavnik.model.Snapshot;

/**
 * LOCAL_ACT_MISSING: an organization implementing the model has an order introducing it, and a
 * Положение for each system of the forms it determined, adopted by the check date.
 */
class LocalActMissingTest {

    private final ComplianceEngine engine = ComplianceEngine.federal();

    private static Snapshot bothSystems(LocalActKind... acts) {
        var b = OrganizationFixtures.school()
                .addOrganizations(org("e1", OrganizationKind.ENTERPRISE))
                .addFormAdoptions(adopts("s1", MentoringForm.EMPLOYER_SCHOOL_STUDENT, "05.09.2022"),
                        adopts("s1", MentoringForm.STUDENT_STUDENT, "01.09.2022"),
                        adopts("s1", MentoringForm.TEACHER_TEACHER, "01.09.2022"));
        for (LocalActKind kind : acts) {
            b.addLocalActs(act("s1", kind, "01.10.2022"));
        }
        return b.build();
    }

    @Test
    void should_report_each_missing_act_of_a_school_with_student_and_teacher_forms() {
        // given a school with forms of both systems and no local acts; an enterprise, which implements nothing
        Snapshot s = bothSystems();
        // when
        ComplianceReport report = engine.check(s, date("01.10.2022"));
        // then one finding per act kind, the regulation naming the earliest form of its system
        List<Finding> found = report.findings("LOCAL_ACT_MISSING");
        assertEquals(List.of("LOCAL_ACT_MISSING|organization:s1|actKind=IMPLEMENTATION_ORDER",
                "LOCAL_ACT_MISSING|organization:s1|actKind=MENTORING_REGULATION",
                "LOCAL_ACT_MISSING|organization:s1|actKind=TEACHER_SYSTEM_REGULATION"), keys(found));
        assertEquals(Map.of("actKind", "IMPLEMENTATION_ORDER", "asOf", "2022-10-01", "requiredBy", "implementsModel"),
                found.get(0).evidence());
        assertEquals(Map.of("actKind", "MENTORING_REGULATION", "asOf", "2022-10-01", "requiredBy", "STUDENT_STUDENT",
                "formAdoptedOn", "2022-09-01"), found.get(1).evidence());
        assertEquals(Map.of("actKind", "TEACHER_SYSTEM_REGULATION", "asOf", "2022-10-01",
                "requiredBy", "TEACHER_TEACHER", "formAdoptedOn", "2022-09-01"), found.get(2).evidence());
        assertEquals(List.of(SubjectRef.organization("s1")), found.get(1).subjects());
        assertEquals(Severity.VIOLATION, found.get(1).severity());
        assertEquals("Организация s1 определила форму STUDENT_STUDENT, но не приняла положение о наставничестве "
                + "(на 01.10.2022).", found.get(1).message(Language.RU));
        assertEquals("Expected a local act TEACHER_SYSTEM_REGULATION adopted by 2022-10-01, since the teacher "
                + "mentoring form TEACHER_TEACHER was determined on 2022-09-01; none is among the local acts of "
                + "organization s1.", found.get(2).explanation(Language.EN));
    }

    @Test
    void should_not_report_acts_adopted_on_the_check_date() {
        // given every act adopted on 01.10.2022
        Snapshot s = bothSystems(LocalActKind.IMPLEMENTATION_ORDER, LocalActKind.MENTORING_REGULATION,
                LocalActKind.TEACHER_SYSTEM_REGULATION);
        // when checked that day
        ComplianceReport report = engine.check(s, date("01.10.2022"));
        // then
        assertEquals(List.of(), report.findings("LOCAL_ACT_MISSING"));
    }

    @Test
    void should_report_acts_adopted_the_day_after_the_check_date() {
        // given every act adopted on 01.10.2022
        Snapshot s = bothSystems(LocalActKind.IMPLEMENTATION_ORDER, LocalActKind.MENTORING_REGULATION,
                LocalActKind.TEACHER_SYSTEM_REGULATION);
        // when checked the day before
        ComplianceReport report = engine.check(s, date("30.09.2022"));
        // then
        assertEquals(3, report.findings("LOCAL_ACT_MISSING").size());
    }

    @Test
    void should_require_only_the_regulation_of_the_systems_whose_forms_were_determined_by_the_check_date() {
        // given a kindergarten with a teacher form only, and a student form determined after the check date
        Snapshot s = OrganizationFixtures.school()
                .addOrganizations(org("k1", OrganizationKind.KINDERGARTEN))
                .addFormAdoptions(adopts("k1", MentoringForm.TEACHER_TEACHER, "01.09.2022"),
                        adopts("s1", MentoringForm.STUDENT_STUDENT, "02.10.2022"))
                .addLocalActs(act("k1", LocalActKind.IMPLEMENTATION_ORDER, "01.09.2022"),
                        act("k1", LocalActKind.MENTORING_REGULATION, "01.09.2022"),
                        act("s1", LocalActKind.IMPLEMENTATION_ORDER, "01.09.2022"))
                .build();
        // when
        ComplianceReport report = engine.check(s, date("01.10.2022"));
        // then the kindergarten's student regulation does not stand in for the teacher one
        assertEquals(List.of("LOCAL_ACT_MISSING|organization:k1|actKind=TEACHER_SYSTEM_REGULATION"),
                keys(report.findings("LOCAL_ACT_MISSING")));
    }
}
