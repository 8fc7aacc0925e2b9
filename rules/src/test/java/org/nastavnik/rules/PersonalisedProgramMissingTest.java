package org.nastavnik.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nastavnik.rules.Fixtures.date;
import static org.nastavnik.rules.MeetingFixtures.pair;
import static org.nastavnik.rules.MeetingFixtures.personalised;
import static org.nastavnik.rules.MeetingFixtures.programme;
import static org.nastavnik.rules.MeetingFixtures.record;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nastavnik.model.ImmutableMentorship;
import org.nastavnik.common.Language;
import org.nastavnik.model.MentoringForm;
import org.nastavnik.model.Person;
import org.nastavnik.model.PersonKind;
import org.nastavnik.model.ProgrammeKind;
import org.nastavnik.model.Snapshot;

/**
 * PERSONALISED_PROGRAM_MISSING: each teacher-system pair active on the check date names a
 * programme of kind PERSONALISED_PROGRAMME.
 */
class PersonalisedProgramMissingTest {

    private final ComplianceEngine engine = ComplianceEngine.federal();

    private static Snapshot with(ImmutableMentorship.Builder pair) {
        return Fixtures.school()
                .addProgrammes(personalised("pp1", "01.09.2022", "30.11.2022"),
                        programme("mp1", ProgrammeKind.MENTORING_PROGRAMME, "01.09.2022", "31.05.2023"))
                .addMentorships(pair.build())
                .build();
    }

    @Test
    void should_report_a_teacher_pair_without_a_programme() {
        // given
        Snapshot s = with(pair().programmeId(java.util.Optional.empty()));
        // when
        ComplianceReport report = engine.check(s, date("01.10.2022"));
        // then
        List<Finding> found = report.findings("PERSONALISED_PROGRAM_MISSING");
        assertEquals(1, found.size(), found.toString());
        Finding f = found.get(0);
        assertEquals(List.of(SubjectRef.organization("s1"), SubjectRef.mentorship("p1")), f.subjects());
        assertEquals(Map.of("form", "TEACHER_TEACHER", "programmeId", "none"), f.evidence());
        assertEquals("PERSONALISED_PROGRAM_MISSING|organization:s1|mentorship:p1", f.key());
        assertEquals(Severity.WARNING, f.severity());
        assertEquals("У пары p1 организации s1 (наставничество педагогов) нет персонализированной программы.",
                f.message(Language.RU));
    }

    @Test
    void should_report_a_teacher_pair_that_follows_a_programme_of_another_kind() {
        // given
        Snapshot s = with(pair().programmeId("mp1"));
        // when
        ComplianceReport report = engine.check(s, date("01.10.2022"));
        // then
        Finding f = report.findings("PERSONALISED_PROGRAM_MISSING").get(0);
        assertEquals(List.of(SubjectRef.organization("s1"), SubjectRef.mentorship("p1"), record("mp1")), f.subjects());
        assertEquals(Map.of("form", "TEACHER_TEACHER", "programmeId", "mp1", "programmeKind", "MENTORING_PROGRAMME"),
                f.evidence());
        assertEquals("Teacher-system pair p1 of organization s1 follows programme mp1, which is not a personalised"
                + " programme.", f.message(Language.EN));
    }

    @Test
    void should_not_report_a_teacher_pair_with_a_personalised_programme() {
        // given
        Snapshot s = with(pair());
        // when
        ComplianceReport report = engine.check(s, date("01.10.2022"));
        // then
        assertEquals(List.of(), report.findings("PERSONALISED_PROGRAM_MISSING"));
    }

    @Test
    void should_not_ask_a_student_pair_for_a_personalised_programme() {
        // given a student – student pair with no programme
        Snapshot s = Fixtures.school()
                .addPeople(student("u1"), student("u2"))
                .addMentorships(pair().form(MentoringForm.STUDENT_STUDENT).mentorId("u1").menteeIds(List.of("u2"))
                        .programmeId(java.util.Optional.empty()).build())
                .build();
        // when
        ComplianceReport report = engine.check(s, date("01.10.2022"));
        // then
        assertEquals(List.of(), report.findings("PERSONALISED_PROGRAM_MISSING"));
    }

    @Test
    void should_judge_a_pair_while_it_is_active_on_the_check_date() {
        // given a pair formed on 01.09.2022 and completed on 30.11.2022, with no programme
        Snapshot s = with(pair().programmeId(java.util.Optional.empty()).completedOn(date("30.11.2022")));
        // when checked on its first day, its last day, the day after, and the day before it formed
        ComplianceReport formedDay = engine.check(s, date("01.09.2022"));
        ComplianceReport lastDay = engine.check(s, date("30.11.2022"));
        ComplianceReport dayAfter = engine.check(s, date("01.12.2022"));
        ComplianceReport dayBefore = engine.check(s, date("31.08.2022"));
        // then
        assertEquals(1, formedDay.findings("PERSONALISED_PROGRAM_MISSING").size());
        assertEquals(1, lastDay.findings("PERSONALISED_PROGRAM_MISSING").size());
        assertEquals(List.of(), dayAfter.findings("PERSONALISED_PROGRAM_MISSING"));
        assertEquals(List.of(), dayBefore.findings("PERSONALISED_PROGRAM_MISSING"));
    }

    private static Person student(String id) {
        return Person.builder().id(id).kind(PersonKind.SCHOOL_STUDENT).organizationId("s1").build();
    }
}
