package org.nastavnik.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nastavnik.rules.Fixtures.date;
import static org.nastavnik.rules.ParticipantFixtures.keys;
import static org.nastavnik.rules.ParticipantFixtures.pair;
import static org.nastavnik.rules.ParticipantFixtures.participantKeys;
import static org.nastavnik.rules.ParticipantFixtures.scenario;
import static org.nastavnik.rules.ParticipantFixtures.teacher;
import static org.nastavnik.rules.ParticipantFixtures.training;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nastavnik.model.ImmutableMentorship;
import org.nastavnik.common.Language;
import org.nastavnik.model.MentorTraining;
import org.nastavnik.model.MentoringForm;
import org.nastavnik.model.Snapshot;
import org.nastavnik.rules.spi.RuleParameters;

/**
 * MENTOR_NOT_TRAINED: the mentor of an active pair is trained no later than mentorTrainingDays (30)
 * after the pair was formed. Pair p1 formed on 01.09.2022: due 01.10.2022.
 */
class MentorNotTrainedTest {

    private final ComplianceEngine engine = ComplianceEngine.federal();

    private static Snapshot trained(MentorTraining... trainings) {
        ParticipantFixtures.Scenario sc = scenario().withoutDefaultTraining()
                .people(teacher("t1", "s1"), teacher("t2", "s1"))
                .pair(pair("p1", MentoringForm.TEACHER_TEACHER, "t1", List.of("t2"), "01.09.2022"));
        for (MentorTraining t : trainings) {
            sc.training(t);
        }
        return sc.build();
    }

    @Test
    void should_report_a_mentor_trained_the_day_after_the_deadline() {
        // given
        Snapshot s = trained(training("t1", "02.10.2022"));
        // when
        ComplianceReport report = engine.check(s, date("05.10.2022"));
        // then
        List<Finding> found = report.findings("MENTOR_NOT_TRAINED");
        assertEquals(List.of("MENTOR_NOT_TRAINED|organization:s1|mentorship:p1|person:t1|dueOn=2022-10-01"),
                keys(found));
        assertEquals(Map.of("formedOn", "2022-09-01", "trainingDays", "30", "dueOn", "2022-10-01",
                "trainedOn", "2022-10-02"), found.get(0).evidence());
        assertEquals(Severity.NOTICE, found.get(0).severity());
        assertEquals("Наставник t1 пары p1 организации s1 не прошёл обучение к 01.10.2022.",
                found.get(0).message(Language.RU));
    }

    @Test
    void should_not_report_a_mentor_trained_on_the_deadline_or_before_the_pair_was_formed() {
        // given
        Snapshot onTheDay = trained(training("t1", "01.10.2022"));
        Snapshot earlier = trained(training("t1", "15.03.2020"));
        // when
        ComplianceReport first = engine.check(onTheDay, date("05.10.2022"));
        ComplianceReport second = engine.check(earlier, date("05.10.2022"));
        // then
        assertEquals(List.of(), participantKeys(first));
        assertEquals(List.of(), participantKeys(second));
    }

    @Test
    void should_report_an_untrained_mentor_once_the_deadline_has_passed_not_on_it() {
        // given no training at all
        Snapshot s = trained();
        // when checked on the deadline and the day after
        ComplianceReport onTheDay = engine.check(s, date("01.10.2022"));
        ComplianceReport dayAfter = engine.check(s, date("02.10.2022"));
        // then
        assertEquals(List.of(), onTheDay.findings("MENTOR_NOT_TRAINED"));
        assertEquals("none", dayAfter.findings("MENTOR_NOT_TRAINED").get(0).evidence().get("trainedOn"));
    }

    @Test
    void should_list_the_deadline_as_upcoming_within_the_horizon_with_the_same_key() {
        // given no training; checked on 25.09.2022 with horizons of 14 and 5 days
        Snapshot s = trained();
        // when
        ComplianceReport within = engine.check(s, date("25.09.2022"), CheckOptions.defaults().withHorizonDays(14));
        ComplianceReport beyond = engine.check(s, date("25.09.2022"), CheckOptions.defaults().withHorizonDays(5));
        ComplianceReport late = engine.check(s, date("02.10.2022"));
        // then
        List<Finding> up = within.upcoming().stream().filter(f -> f.ruleId().equals("MENTOR_NOT_TRAINED")).toList();
        assertEquals(List.of("MENTOR_NOT_TRAINED|organization:s1|mentorship:p1|person:t1|dueOn=2022-10-01"), keys(up));
        assertEquals("Mentor t1 of pair p1 of organization s1 is to be trained by 2022-10-01.",
                up.get(0).message(Language.EN));
        assertEquals(List.of(), beyond.upcoming().stream().filter(f -> f.ruleId().equals("MENTOR_NOT_TRAINED")).toList());
        assertEquals(up.get(0).key(), late.findings("MENTOR_NOT_TRAINED").get(0).key());
    }

    @Test
    void should_not_report_a_pair_completed_before_the_check_date() {
        // given the pair completed on 30.09.2022, untrained mentor
        Snapshot s = scenario().withoutDefaultTraining()
                .people(teacher("t1", "s1"), teacher("t2", "s1"))
                .pair(ImmutableMentorship.copyOf(pair("p1", MentoringForm.TEACHER_TEACHER, "t1", List.of("t2"),
                        "01.09.2022")).withCompletedOn(date("30.09.2022")))
                .build();
        // when
        ComplianceReport report = engine.check(s, date("05.10.2022"));
        // then
        assertEquals(List.of(), report.findings("MENTOR_NOT_TRAINED"));
    }

    @Test
    void should_follow_the_region_training_days() {
        // given a 10-day deadline: due 11.09.2022, trained on 01.10.2022
        ComplianceEngine tenDays = ComplianceEngine.builder()
                .parameters(RuleParameters.builder().set(RuleParameters.MENTOR_TRAINING_DAYS, 10).build()).build();
        // when
        ComplianceReport report = tenDays.check(trained(training("t1", "01.10.2022")), date("05.10.2022"));
        // then
        assertEquals("2022-09-11", report.findings("MENTOR_NOT_TRAINED").get(0).evidence().get("dueOn"));
    }
}
