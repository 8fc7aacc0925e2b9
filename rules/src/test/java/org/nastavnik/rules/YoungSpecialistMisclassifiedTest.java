package org.nastavnik.rules;

import java.util.OptionalInt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nastavnik.rules.Fixtures.date;
import static org.nastavnik.rules.ParticipantFixtures.keys;
import static org.nastavnik.rules.ParticipantFixtures.pair;
import static org.nastavnik.rules.ParticipantFixtures.participantKeys;
import static org.nastavnik.rules.ParticipantFixtures.scenario;
import static org.nastavnik.rules.ParticipantFixtures.teacher;
import static org.nastavnik.rules.ParticipantFixtures.teacherBuilder;
import static org.nastavnik.rules.ParticipantFixtures.youngSpecialist;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nastavnik.common.Language;
import org.nastavnik.model.MentoringForm;
import org.nastavnik.model.ParticipantCategory;
import org.nastavnik.model.Person;
import org.nastavnik.model.Snapshot;
import org.nastavnik.rules.spi.RuleParameters;

/**
 * YOUNG_SPECIALIST_MISCLASSIFIED: a teacher-system mentee counted as a young specialist has at
 * most youngSpecialistMaxExperienceYears (3) of experience, and is no older than
 * youngSpecialistMaxAge when a region sets it.
 */
class YoungSpecialistMisclassifiedTest {

    private final ComplianceEngine engine = ComplianceEngine.federal();

    private static Snapshot menteeOfTeacherPair(Person mentee) {
        return scenario().people(teacher("t1", "s1"), mentee)
                .pair(pair("p1", MentoringForm.TEACHER_TEACHER, "t1", List.of(mentee.id()), "01.09.2022"))
                .build();
    }

    @Test
    void should_report_a_young_specialist_with_four_years_of_experience() {
        // given
        Snapshot s = menteeOfTeacherPair(youngSpecialist("t2", "s1", 4));
        // when
        ComplianceReport report = engine.check(s, date("01.10.2022"));
        // then
        List<Finding> found = report.findings("YOUNG_SPECIALIST_MISCLASSIFIED");
        assertEquals(List.of("YOUNG_SPECIALIST_MISCLASSIFIED|organization:s1|mentorship:p1|person:t2"), keys(found));
        assertEquals(Map.of("exceeded", "experience", "experienceYears", "4", "maxExperienceYears", "3",
                "formedOn", "2022-09-01", "ageOnFormation", "none", "maxAge", "none"), found.get(0).evidence());
        assertEquals(Severity.WARNING, found.get(0).severity());
        assertEquals("Mentee t2 of pair p1 of organization s1 is counted as a young specialist but exceeds a limit: "
                + "experience.", found.get(0).message(Language.EN));
    }

    @Test
    void should_not_report_a_young_specialist_with_three_years_of_experience() {
        // given
        Snapshot s = menteeOfTeacherPair(youngSpecialist("t2", "s1", 3));
        // when
        ComplianceReport report = engine.check(s, date("01.10.2022"));
        // then
        assertEquals(List.of(), participantKeys(report));
    }

    @Test
    void should_not_check_age_unless_the_region_sets_a_limit() {
        // given a young specialist of 36 on the formation date, 2 years of experience
        Person older = teacherBuilder("t2", "s1").experienceYears(2).birthDate(date("01.09.1986"))
                .addCategories(ParticipantCategory.YOUNG_SPECIALIST).build();
        ComplianceEngine upTo35 = ComplianceEngine.builder()
                .parameters(RuleParameters.builder().set(RuleParameters.YOUNG_SPECIALIST_MAX_AGE, OptionalInt.of(35)).build()).build();
        // when
        ComplianceReport federal = engine.check(menteeOfTeacherPair(older), date("01.10.2022"));
        ComplianceReport region = upTo35.check(menteeOfTeacherPair(older), date("01.10.2022"));
        // then
        assertEquals(List.of(), federal.findings("YOUNG_SPECIALIST_MISCLASSIFIED"));
        assertEquals(Map.of("exceeded", "age", "experienceYears", "2", "maxExperienceYears", "3",
                "formedOn", "2022-09-01", "ageOnFormation", "36", "maxAge", "35"),
                region.findings("YOUNG_SPECIALIST_MISCLASSIFIED").get(0).evidence());
    }

    @Test
    void should_not_report_a_young_specialist_of_exactly_the_maximum_age() {
        // given 35 on the formation date, with a region limit of 35
        Person mentee = teacherBuilder("t2", "s1").experienceYears(2).birthDate(date("02.09.1986"))
                .addCategories(ParticipantCategory.YOUNG_SPECIALIST).build();
        ComplianceEngine upTo35 = ComplianceEngine.builder()
                .parameters(RuleParameters.builder().set(RuleParameters.YOUNG_SPECIALIST_MAX_AGE, OptionalInt.of(35)).build()).build();
        // when
        ComplianceReport report = upTo35.check(menteeOfTeacherPair(mentee), date("01.10.2022"));
        // then
        assertEquals(List.of(), report.findings("YOUNG_SPECIALIST_MISCLASSIFIED"));
    }

    @Test
    void should_not_report_an_experienced_teacher_not_counted_as_young_specialist() {
        // given 20 years of experience, no YOUNG_SPECIALIST category
        Snapshot s = menteeOfTeacherPair(teacherBuilder("t2", "s1").experienceYears(20).build());
        // when
        ComplianceReport report = engine.check(s, date("01.10.2022"));
        // then
        assertEquals(List.of(), report.findings("YOUNG_SPECIALIST_MISCLASSIFIED"));
    }
}
