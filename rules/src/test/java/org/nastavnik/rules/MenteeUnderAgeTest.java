package org.nastavnik.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nastavnik.rules.Fixtures.date;
import static org.nastavnik.rules.ParticipantFixtures.keys;
import static org.nastavnik.rules.ParticipantFixtures.pair;
import static org.nastavnik.rules.ParticipantFixtures.participantKeys;
import static org.nastavnik.rules.ParticipantFixtures.scenario;
import static org.nastavnik.rules.ParticipantFixtures.schoolStudent;
import static org.nastavnik.rules.ParticipantFixtures.schoolStudentOfUnknownAge;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nastavnik.common.Language;
import org.nastavnik.model.MentoringForm;
import org.nastavnik.model.Person;
import org.nastavnik.model.Snapshot;
import org.nastavnik.rules.spi.RuleParameters;

/** MENTEE_UNDER_AGE: a school-student mentee is at least minMenteeAge (10) on the formation date. */
class MenteeUnderAgeTest {

    private final ComplianceEngine engine = ComplianceEngine.federal();

    /** A pair formed on 01.09.2022 at s1: mentor k1 (grade 9) and the given mentee. */
    private static Snapshot withMentee(Person mentee) {
        return scenario().people(schoolStudent("k1", "s1", "01.03.2007", 9), mentee)
                .pair(pair("p1", MentoringForm.STUDENT_STUDENT, "k1", List.of(mentee.id()), "01.09.2022"))
                .build();
    }

    @Test
    void should_report_a_mentee_one_day_short_of_ten_on_the_formation_date() {
        // given born 02.09.2012: 9 years old on 01.09.2022
        Snapshot s = withMentee(schoolStudent("k2", "s1", "02.09.2012", 4));
        // when
        ComplianceReport report = engine.check(s, date("01.10.2022"));
        // then
        List<Finding> found = report.findings("MENTEE_UNDER_AGE");
        assertEquals(List.of("MENTEE_UNDER_AGE|organization:s1|mentorship:p1|person:k2"), keys(found));
        assertEquals(Map.of("birthDate", "2012-09-02", "formedOn", "2022-09-01", "ageOnFormation", "9",
                "minAge", "10"), found.get(0).evidence());
        assertEquals(Severity.NOTICE, found.get(0).severity());
        assertEquals("Ожидался возраст не менее 10 лет на дату формирования пары 01.09.2022; наставляемый k2, "
                + "дата рождения 02.09.2012, — 9 лет.", found.get(0).explanation(Language.RU));
    }

    @Test
    void should_not_report_a_mentee_who_turns_ten_on_the_formation_date() {
        // given born 01.09.2012: exactly 10 on 01.09.2022
        Snapshot s = withMentee(schoolStudent("k2", "s1", "01.09.2012", 4));
        // when
        ComplianceReport report = engine.check(s, date("01.10.2022"));
        // then
        assertEquals(List.of(), participantKeys(report));
    }

    @Test
    void should_not_judge_a_student_whose_birth_date_is_unknown() {
        // given
        Snapshot s = withMentee(schoolStudentOfUnknownAge("k2", "s1"));
        // when
        ComplianceReport report = engine.check(s, date("01.10.2022"));
        // then
        assertEquals(List.of(), report.findings("MENTEE_UNDER_AGE"));
    }

    @Test
    void should_follow_the_region_minimum_age() {
        // given a region floor of 11 and a mentee exactly 10 on the formation date
        ComplianceEngine eleven = ComplianceEngine.builder()
                .parameters(RuleParameters.builder().set(RuleParameters.MIN_MENTEE_AGE, 11).build()).build();
        Snapshot s = withMentee(schoolStudent("k2", "s1", "01.09.2012", 4));
        // when
        ComplianceReport report = eleven.check(s, date("01.10.2022"));
        // then
        assertEquals("11", report.findings("MENTEE_UNDER_AGE").get(0).evidence().get("minAge"));
    }

    @Test
    void should_not_apply_to_the_teacher_system() {
        // given a teacher – teacher pair (a form of the teacher system) with a young student as mentee
        Snapshot s = scenario().people(ParticipantFixtures.teacher("t1", "s1"),
                        schoolStudent("k2", "s1", "02.09.2015", 1))
                .pair(pair("p1", MentoringForm.TEACHER_TEACHER, "t1", List.of("k2"), "01.09.2022"))
                .build();
        // when
        ComplianceReport report = engine.check(s, date("01.10.2022"));
        // then
        assertEquals(List.of(), report.findings("MENTEE_UNDER_AGE"));
    }
}
