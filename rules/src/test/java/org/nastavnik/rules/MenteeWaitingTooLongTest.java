package org.nastavnik.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nastavnik.rules.OrganizationFixtures.adopts;
import static org.nastavnik.rules.OrganizationFixtures.date;
import static org.nastavnik.rules.OrganizationFixtures.keys;
import static org.nastavnik.rules.OrganizationFixtures.mentee;
import static org.nastavnik.rules.OrganizationFixtures.pair;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nastavnik.common.Language;
import org.nastavnik.model.MentoringForm;
import org.nastavnik.model.Mentorship;
import org.nastavnik.model.RegistryEntry;
import org.nastavnik.model.Snapshot;
import org.nastavnik.rules.spi.RuleParameters;

/**
 * MENTEE_WAITING_TOO_LONG: a mentee in the base is in a pair within menteeWaitingDays (30) of the
 * later of entering the base and the organization's determination of a form.
 */
class MenteeWaitingTooLongTest {

    private final ComplianceEngine engine = ComplianceEngine.federal();

    /** School s1 determined «ученик – ученик» on 01.09.2022 and «учитель – учитель» on 15.09.2022. */
    private static Snapshot base(List<Mentorship> pairs, RegistryEntry... entries) {
        return OrganizationFixtures.school()
                .addFormAdoptions(adopts("s1", MentoringForm.STUDENT_STUDENT, "01.09.2022"),
                        adopts("s1", MentoringForm.TEACHER_TEACHER, "15.09.2022"))
                .addRegistry(entries)
                .addAllMentorships(pairs)
                .build();
    }

    @Test
    void should_report_a_mentee_waiting_31_days_after_the_form_was_determined() {
        // given st1 entered the base before the form was determined; st2 is in a pair
        Snapshot s = base(List.of(pair("p1", "s1", MentoringForm.STUDENT_STUDENT, "st3", "st2", "20.09.2022")),
                mentee("st1", "s1", "15.08.2022"), mentee("st2", "s1", "15.08.2022"));
        // when checked on day 31
        ComplianceReport report = engine.check(s, date("02.10.2022"));
        // then
        List<Finding> found = report.findings("MENTEE_WAITING_TOO_LONG");
        assertEquals(List.of("MENTEE_WAITING_TOO_LONG|organization:s1|person:st1|form=any|includedOn=2022-08-15|dueOn=2022-10-01"), keys(found));
        assertEquals(Map.of("form", "any", "includedOn", "2022-08-15", "formAdoptedOn", "2022-09-01", "waitingDays", "30",
                "dueOn", "2022-10-01", "daysWaiting", "31"), found.get(0).evidence());
        assertEquals(Severity.NOTICE, found.get(0).severity());
        assertEquals("Наставляемый st1 организации s1 остаётся без пары дольше 30 дн. (срок 01.10.2022).",
                found.get(0).message(Language.RU));
    }

    @Test
    void should_not_report_a_mentee_on_day_30() {
        // given
        Snapshot s = base(List.of(), mentee("st1", "s1", "15.08.2022"));
        // when
        ComplianceReport report = engine.check(s, date("01.10.2022"));
        // then
        assertEquals(List.of(), report.findings("MENTEE_WAITING_TOO_LONG"));
    }

    @Test
    void should_count_from_entering_the_base_and_from_the_determination_of_the_entry_form() {
        // given st1 entered after the determination; t1 is registered for «учитель – учитель» (determined 15.09)
        RegistryEntry teacher = RegistryEntry.builder().from(mentee("t1", "s1", "01.09.2022"))
                .form(MentoringForm.TEACHER_TEACHER).build();
        Snapshot s = base(List.of(), mentee("st1", "s1", "10.09.2022"), teacher);
        // when
        ComplianceReport report = engine.check(s, date("16.10.2022"));
        // then
        List<Finding> found = report.findings("MENTEE_WAITING_TOO_LONG");
        assertEquals(List.of("MENTEE_WAITING_TOO_LONG|organization:s1|person:st1|form=any|includedOn=2022-09-10|dueOn=2022-10-10",
                "MENTEE_WAITING_TOO_LONG|organization:s1|person:t1|form=TEACHER_TEACHER|includedOn=2022-09-01|dueOn=2022-10-15"), keys(found));
        assertEquals(Map.of("form", "TEACHER_TEACHER", "includedOn", "2022-09-01", "formAdoptedOn", "2022-09-15",
                "waitingDays", "30", "dueOn", "2022-10-15", "daysWaiting", "31"), found.get(1).evidence());
    }

    @Test
    void should_not_report_a_mentee_who_left_the_base_or_whose_form_was_never_determined() {
        // given st1 left the base on the check date; t1 waits for a form s1 never determined
        RegistryEntry left = RegistryEntry.builder().from(mentee("st1", "s1", "15.08.2022"))
                .excludedOn(date("02.10.2022")).build();
        RegistryEntry noForm = RegistryEntry.builder().from(mentee("t1", "s1", "15.08.2022"))
                .form(MentoringForm.HEAD_TEACHER).build();
        Snapshot s = base(List.of(), left, noForm);
        // when
        ComplianceReport report = engine.check(s, date("02.10.2022"));
        // then
        assertEquals(List.of(), report.findings("MENTEE_WAITING_TOO_LONG"));
    }

    @Test
    void should_follow_the_regional_waiting_time_and_list_the_upcoming_end() {
        // given a region that allows 10 days
        ComplianceEngine tenDays = ComplianceEngine.builder()
                .parameters(RuleParameters.builder().set(RuleParameters.MENTEE_WAITING_DAYS, 10).build()).build();
        Snapshot s = base(List.of(), mentee("st1", "s1", "15.08.2022"));
        // when checked on 05.09.2022 with a 7-day horizon, and on 12.09.2022
        ComplianceReport early = tenDays.check(s, date("05.09.2022"), CheckOptions.defaults().withHorizonDays(7));
        ComplianceReport late = tenDays.check(s, date("12.09.2022"));
        // then
        List<Finding> up = early.upcoming().stream().filter(f -> f.ruleId().equals("MENTEE_WAITING_TOO_LONG")).toList();
        assertEquals(List.of("MENTEE_WAITING_TOO_LONG|organization:s1|person:st1|form=any|includedOn=2022-08-15|dueOn=2022-09-11"), keys(up));
        assertEquals("Наставляемого st1 организации s1 нужно включить в пару до 11.09.2022.", up.get(0).message(Language.RU));
        assertEquals(List.of("MENTEE_WAITING_TOO_LONG|organization:s1|person:st1|form=any|includedOn=2022-08-15|dueOn=2022-09-11"),
                keys(late.findings("MENTEE_WAITING_TOO_LONG")));
    }
}
