package org.nastavnik.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nastavnik.rules.Fixtures.date;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.nastavnik.common.Language;
import org.nastavnik.model.DocumentRef;
import org.nastavnik.model.ImmutableMentorship;
import org.nastavnik.model.ImmutableSnapshot;
import org.nastavnik.model.MentoringForm;
import org.nastavnik.model.MentoringTerm;
import org.nastavnik.model.Mentorship;
import org.nastavnik.model.Snapshot;
import org.nastavnik.model.ValidationException;

/**
 * MENTOR_LABOUR_CONSENT_MISSING: from 01.03.2025 (ТК РФ ст. 351.8, 381-ФЗ) a teacher mentors a
 * colleague only with written consent, on terms set in the employment contract or an additional
 * agreement.
 */
class MentorLabourConsentMissingTest {

    static final String RULE = "MENTOR_LABOUR_CONSENT_MISSING";

    private final ComplianceEngine engine = ComplianceEngine.federal();

    static ImmutableMentorship.Builder pair(String formedOn) {
        return Mentorship.builder().id("p1").organizationId("s1").form(MentoringForm.TEACHER_TEACHER).mentorId("t1")
                .menteeIds(List.of("t2")).formedOn(date(formedOn)).approvalOrder(DocumentRef.order("7", date(formedOn)));
    }

    /** School s1 in region 42 with teacher t1 mentoring teacher t2 since 15.01.2024; no consent, no agreement. */
    static ImmutableSnapshot.Builder teacherPair() {
        return teacherPair(pair("15.01.2024").build());
    }

    static ImmutableSnapshot.Builder teacherPair(Mentorship m) {
        return Fixtures.school().addMentorships(m);
    }

    @Test
    void should_report_a_mentor_without_consent_and_without_terms_after_the_law_took_effect() {
        ComplianceReport report = engine.check(teacherPair().build(), date("01.06.2025"));
        List<Finding> found = report.findings(RULE);
        assertEquals(List.of("MENTOR_LABOUR_CONSENT_MISSING|organization:s1|mentorship:p1|person:t1|lacks=consent",
                "MENTOR_LABOUR_CONSENT_MISSING|organization:s1|mentorship:p1|person:t1|lacks=terms"),
                found.stream().map(Finding::key).sorted().collect(Collectors.toList()));
        Finding consent = found.stream().filter(f -> f.key().endsWith("consent")).findFirst().orElseThrow();
        assertEquals(Severity.VIOLATION, consent.severity());
        assertEquals(Map.of("lacks", "consent", "asOf", "2025-06-01", "formedOn", "2024-01-15", "consentOn", "none"),
                consent.evidence());
        assertEquals("Наставник t1 пары p1 организации s1 ведёт наставничество без письменного согласия на 01.06.2025.",
                consent.message(Language.RU));
        Finding terms = found.stream().filter(f -> f.key().endsWith("terms")).findFirst().orElseThrow();
        assertEquals("4", terms.evidence().get("missingCount"));
        assertEquals("none", terms.evidence().get("agreementOn"));
    }

    @Test
    void should_not_report_a_mentor_with_consent_and_an_agreement_setting_every_term() {
        Mentorship m = pair("15.01.2024").mentorConsentOn(date("20.02.2025"))
                .mentorAgreement(DocumentRef.order("12", date("25.02.2025")))
                .mentorAgreementTerms(EnumSet.allOf(MentoringTerm.class)).build();
        assertTrue(engine.check(teacherPair(m).build(), date("01.06.2025")).findings(RULE).isEmpty());
    }

    @Test
    void should_report_an_agreement_signed_after_the_check_date_or_missing_a_term() {
        Mentorship late = pair("15.01.2024").mentorConsentOn(date("20.02.2025"))
                .mentorAgreement(DocumentRef.order("12", date("02.06.2025")))
                .mentorAgreementTerms(EnumSet.allOf(MentoringTerm.class)).build();
        List<Finding> found = engine.check(teacherPair(late).build(), date("01.06.2025")).findings(RULE);
        assertEquals(1, found.size());
        assertEquals("2025-06-02", found.get(0).evidence().get("agreementOn"));
        Mentorship noPay = pair("15.01.2024").mentorConsentOn(date("20.02.2025"))
                .mentorAgreement(DocumentRef.order("12", date("25.02.2025")))
                .mentorAgreementTerms(EnumSet.of(MentoringTerm.CONTENT, MentoringTerm.TERM, MentoringTerm.FORM)).build();
        found = engine.check(teacherPair(noPay).build(), date("01.06.2025")).findings(RULE);
        assertEquals(1, found.size());
        assertEquals("PAY", found.get(0).evidence().get("missingTerms"));
        assertEquals("1", found.get(0).evidence().get("missingCount"));
    }

    @Test
    void should_not_apply_to_the_student_system_or_a_mentor_of_another_organization() {
        Mentorship students = Mentorship.builder().id("p1").organizationId("s1").form(MentoringForm.STUDENT_STUDENT)
                .mentorId("t1").menteeIds(List.of("t2")).formedOn(date("15.01.2024")).build();
        assertTrue(engine.check(teacherPair(students).build(), date("01.06.2025")).findings(RULE).isEmpty());
        Snapshot lecturer = Fixtures.school().addOrganizations(Fixtures.school("s2"))
                .addPeople(Fixtures.teacher("u1", "s2"))
                .addMentorships(pair("15.01.2024").mentorId("u1").build()).build();
        assertTrue(engine.check(lecturer, date("01.06.2025")).findings(RULE).isEmpty());
    }

    @Test
    void a_check_as_of_2024_and_as_of_2025_should_differ_by_the_rule_of_art_351_8_only() {
        // given a teacher pair whose mentor has neither consent nor agreement, its interim monitoring done
        Snapshot s = teacherPair().addMonitoringReports(org.nastavnik.model.MonitoringReport.builder().id("r1")
                .organizationId("s1").kind(org.nastavnik.model.MonitoringKind.INTERIM).mentorshipId("p1")
                .submittedOn(date("01.07.2024")).build()).build();
        ComplianceReport y2024 = engine.check(s, date("01.06.2024"));
        ComplianceReport y2025 = engine.check(s, date("01.06.2025"));
        // then the rules applied differ by this rule only
        Set<String> added = new TreeSet<>(y2025.rulesEvaluated());
        added.removeAll(y2024.rulesEvaluated());
        assertEquals(Set.of(RULE), added);
        assertTrue(y2025.rulesEvaluated().containsAll(y2024.rulesEvaluated()));
        // and the findings too: this rule's are the only new ones, the others are the same
        assertTrue(y2024.findings(RULE).isEmpty());
        assertEquals(2, y2025.findings(RULE).size());
        assertEquals(keys(y2024, null), keys(y2025, RULE));
    }

    @Test
    void seed_004_a_teacher_teacher_pair_of_the_2023_2024_plan_still_running_in_2025_needs_the_consent() {
        // seed 004 (Сочи, приказ от 06.03.2023 № 60): «сопровождения педагогов-наставников и наставляемых … в форме
        // «учитель-учитель» на 2023-2024 годы»; a pair formed under it on 01.09.2024 runs past 01.03.2025, when
        // art. 351.8 took effect: from then it needs the mentor's written consent
        Mentorship m = pair("01.09.2024").build();
        assertTrue(engine.check(teacherPair(m).build(), date("28.02.2025")).findings(RULE).isEmpty());
        assertEquals(2, engine.check(teacherPair(m).build(), date("01.03.2025")).findings(RULE).size());
        Mentorship completed = pair("01.09.2024").completedOn(date("28.02.2025")).build();
        assertTrue(engine.check(teacherPair(completed).build(), date("01.03.2025")).findings(RULE).isEmpty());
    }

    @Test
    void terms_without_an_agreement_should_be_a_validation_error_naming_the_field() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> pair("15.01.2024").mentorAgreementTerms(EnumSet.of(MentoringTerm.PAY)).build());
        assertTrue(e.getMessage().contains("mentorAgreementTerms"), e.getMessage());
    }

    private static Set<String> keys(ComplianceReport r, String without) {
        return r.findings().stream().filter(f -> !f.ruleId().equals(without)).map(Finding::key)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
