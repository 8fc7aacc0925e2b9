package org.nastavnik.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nastavnik.rules.OrganizationFixtures.date;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nastavnik.model.FormAdoption;
import org.nastavnik.model.IndicatorKind;
import org.nastavnik.model.MentoringForm;
import org.nastavnik.model.Problem;
import org.nastavnik.model.RegistryEntry;
import org.nastavnik.model.Snapshot;
import org.nastavnik.model.ValidationException;

/** Issue 24 («accepted means bounded»): the cases that reach the engine, one test each. */
class Issue24CasesTest {
    private static final ComplianceEngine ENGINE = ComplianceEngine.federal();

    private static Snapshot school() {
        return OrganizationFixtures.school()
                .addFormAdoptions(OrganizationFixtures.adopts("s1", MentoringForm.STUDENT_STUDENT, "01.09.2022"))
                .build();
    }

    @Test
    void case1_a_form_adoption_dated_minus_999999999_is_refused_before_any_check() {
        // given
        FormAdoption ancient = FormAdoption.builder().organizationId("s1").form(MentoringForm.TEACHER_TEACHER)
                .adoptedOn(LocalDate.of(-999_999_999, 1, 1)).build();
        // when
        ValidationException e = assertThrows(ValidationException.class,
                () -> Snapshot.builder().from(school()).addFormAdoptions(ancient).build());
        // then
        assertEquals(List.of(Problem.of("formAdoptions[1].adoptedOn", "-999999999-01-01",
                "must be from 1900-01-01 to 2200-12-31")), e.problems());
    }

    @Test
    void case1_a_session_refuses_a_change_outside_the_limits() {
        try (ComplianceSession session = ENGINE.openSession(school(), date("01.10.2022"))) {
            FormAdoption ancient = FormAdoption.builder().organizationId("s1").form(MentoringForm.TEACHER_TEACHER)
                    .adoptedOn(LocalDate.of(-999_999_999, 1, 1)).build();
            ValidationException e = assertThrows(ValidationException.class,
                    () -> session.formAdopted(ancient));
            assertEquals("adoptedOn", e.problems().get(0).path());
            assertEquals(ENGINE.check(school(), date("01.10.2022")).findings(), session.report().findings());
        }
    }

    @Test
    void case2_a_target_with_a_huge_or_tiny_exponent_is_refused_with_a_short_value() {
        for (String percent : new String[] {"1e-999999999", "1e999999999"}) {
            ValidationException e = assertThrows(ValidationException.class, () -> Snapshot.builder().from(school())
                    .addTargetIndicators(OrganizationFixtures.target(IndicatorKind.STUDENT_MENTEES, 2022, percent))
                    .build());
            Problem p = e.problems().get(0);
            assertEquals("targetIndicators[0].targetPercent", p.path());
            assertEquals(new BigDecimal(percent).toString(), p.value());
        }
    }

    @Test
    void case2_the_evidence_of_a_target_is_rendered_short() {
        // given a target of 70.123456 % and nobody involved of 10
        Snapshot s = Snapshot.builder().from(school())
                .addTargetIndicators(OrganizationFixtures.target(IndicatorKind.STUDENT_MENTEES, 2022, "70.123456"))
                .addIndicatorValues(OrganizationFixtures.measured(IndicatorKind.STUDENT_MENTEES, 2022, null, 0, 10))
                .build();
        // when
        List<Finding> found = ENGINE.check(s, date("01.10.2022")).findings("TARGET_INDICATOR_BELOW");
        // then
        assertEquals("70.123456", found.get(0).evidence().get("target"));
        assertEquals("0.00", found.get(0).evidence().get("measured"));
    }

    @Test
    void case3_a_check_as_of_a_date_outside_the_limits_is_refused_naming_the_date() {
        for (LocalDate asOf : new LocalDate[] {LocalDate.MAX, LocalDate.MIN, LocalDate.of(0, 1, 1),
            LocalDate.of(2201, 1, 1)}) {
            ValidationException e = assertThrows(ValidationException.class, () -> ENGINE.check(school(), asOf));
            assertEquals(List.of(Problem.of("asOf", asOf, "must be from 1900-01-01 to 2200-12-31")), e.problems());
            assertThrows(ValidationException.class, () -> ENGINE.openSession(school(), asOf));
        }
    }

    @Test
    void case3_a_check_on_the_last_day_accepted_returns() {
        Snapshot s = school();
        ComplianceReport report = ENGINE.check(s, LocalDate.of(2200, 12, 31),
                CheckOptions.defaults().withHorizonDays(3660));
        assertEquals(LocalDate.of(2200, 12, 31), report.asOf());
    }

    @Test
    void case7_two_entries_of_one_mentee_with_different_dates_are_two_findings_and_the_session_agrees() {
        // given st1 in the base twice, included on different days, both waiting past the time allowed
        RegistryEntry first = OrganizationFixtures.mentee("st1", "s1", "15.08.2022");
        RegistryEntry second = OrganizationFixtures.mentee("st1", "s1", "20.08.2022");
        Snapshot one = Snapshot.builder().from(school()).addRegistry(first).build();
        Snapshot both = Snapshot.builder().from(one).addRegistry(second).build();
        LocalDate asOf = date("01.11.2022");
        try (ComplianceSession session = ENGINE.openSession(one, asOf)) {
            Set<Finding> before = new HashSet<>(session.report().findings());

            // when the second entry arrives, then the first leaves
            FindingChanges added = session.apply(Change.put(second));
            Set<Finding> afterAdd = new HashSet<>(session.report().findings());
            FindingChanges removed = session.apply(Change.remove(first));

            // then the full check keeps both findings, and the session tells exactly what changed
            List<Finding> full = ENGINE.check(both, asOf).findings("MENTEE_WAITING_TOO_LONG");
            assertEquals(2, full.size());
            assertTrue(!full.get(0).key().equals(full.get(1).key()));
            Set<Finding> expected = new HashSet<>(before);
            expected.addAll(added.added());
            added.removed().forEach(expected::remove);
            assertEquals(expected, afterAdd);
            assertEquals(new HashSet<>(ENGINE.check(both, asOf).findings()), afterAdd);
            assertEquals(1, removed.removed().size());
            assertEquals("2022-08-15", removed.removed().get(0).evidence().get("includedOn"));
            assertEquals(ENGINE.check(Snapshot.builder().from(school()).addRegistry(second).build(), asOf).findings(),
                    session.report().findings());
        }
    }

    @Test
    void case7_findings_sharing_a_key_are_told_as_the_report_shows_them() {
        // given two findings with one key but different evidence, as a careless rule pack could make
        ShownFindings shown = new ShownFindings();
        Finding f1 = finding("2022-08-15");
        Finding f2 = finding("2022-08-20");
        List<Finding> added = new java.util.ArrayList<>();
        List<Finding> removed = new java.util.ArrayList<>();
        shown.add(f1);
        shown.drain(added, removed);
        added.clear();

        // when the second arrives, then the first leaves
        shown.add(f2);
        shown.drain(added, removed);
        List<Finding> addedFirst = List.copyOf(added);
        List<Finding> removedFirst = List.copyOf(removed);
        added.clear();
        removed.clear();
        shown.remove(f1);
        shown.drain(added, removed);

        // then the report shows one per key, and the changes say so: nothing announced never leaves
        Finding firstShown = f1.compareTo(f2) < 0 ? f1 : f2;
        assertEquals(firstShown == f1 ? List.of() : List.of(f2), addedFirst);
        assertEquals(firstShown == f1 ? List.of() : List.of(f1), removedFirst);
        assertEquals(firstShown == f1 ? List.of(f2) : List.of(), added);
        assertEquals(firstShown == f1 ? List.of(f1) : List.of(), removed);
        List<Finding> now = new java.util.ArrayList<>();
        shown.shown(now);
        assertEquals(List.of(f2), now);
    }

    private static Finding finding(String includedOn) {
        return Finding.builder().ruleId("R99_TEST").severity(Severity.NOTICE).subject(SubjectRef.person("st1"))
                .evidence("includedOn", includedOn).source(SourceRef.of("TEST", "п. 1"))
                .message(org.nastavnik.common.Language.RU, "m").message(org.nastavnik.common.Language.EN, "m")
                .explanation(org.nastavnik.common.Language.RU, "e").explanation(org.nastavnik.common.Language.EN, "e")
                .build();
    }
}
