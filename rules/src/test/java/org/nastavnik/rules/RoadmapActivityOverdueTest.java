package org.nastavnik.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nastavnik.rules.Fixtures.adopts;
import static org.nastavnik.rules.Fixtures.date;
import static org.nastavnik.rules.RoadmapFixtures.activity;
import static org.nastavnik.rules.RoadmapFixtures.done;
import static org.nastavnik.rules.RoadmapFixtures.roadmap;
import static org.nastavnik.rules.RoadmapFixtures.snapshot;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nastavnik.model.Completion;
import org.nastavnik.common.Language;
import org.nastavnik.model.Roadmap;
import org.nastavnik.model.Snapshot;
import org.nastavnik.rules.spi.RuleParameters;

/**
 * ROADMAP_ACTIVITY_OVERDUE: every due occurrence of a roadmap activity is completed by its due date
 * plus graceDays (0); a late completion is still reported, as done late.
 */
class RoadmapActivityOverdueTest {

    private static final String RULE = "ROADMAP_ACTIVITY_OVERDUE";
    private final ComplianceEngine engine = ComplianceEngine.federal();

    /** Activity 1 «до 01.03.2022» of roadmap rm, with the given completions. */
    private static Snapshot dueFirstOfMarch(Completion... completions) {
        return snapshot(roadmap().addActivities(activity("1", "до 01.03.2022").build()).build())
                .addCompletions(completions).build();
    }

    @Test
    void should_report_an_occurrence_not_completed_the_day_after_its_due_date() {
        // given
        Snapshot s = dueFirstOfMarch();
        // when
        ComplianceReport report = engine.check(s, date("02.03.2022"));
        // then
        List<Finding> found = report.findings(RULE);
        assertEquals(1, found.size(), report.findings().toString());
        Finding f = found.get(0);
        assertEquals("ROADMAP_ACTIVITY_OVERDUE|roadmap:rm|activity:rm/1|dueOn=2022-03-01", f.key());
        assertEquals(List.of(SubjectRef.roadmap("rm"), SubjectRef.activity("rm", "1")), f.subjects());
        assertEquals(Map.of("deadline", "до 01.03.2022", "dueOn", "2022-03-01", "graceDays", "0", "daysOverdue", "1",
                "escalationDays", "30", "longOverdue", "false", "completionsSeen", "0", "state", "OVERDUE",
                "dutyStart", "2022-01-10", "dutyStartBasis", "APPROVAL"),
                pick(f, "deadline", "dueOn", "graceDays", "daysOverdue", "escalationDays", "longOverdue",
                        "completionsSeen", "state", "dutyStart", "dutyStartBasis"));
        assertEquals(Severity.WARNING, f.severity());
        assertEquals(FindingKind.CURRENT, f.kind());
        assertEquals("Мероприятие rm/1 дорожной карты rm не выполнено до 01.03.2022.", f.message(Language.RU));
        assertEquals("Activity rm/1 of roadmap rm was not done by 1 March 2022.", f.message(Language.EN));
    }

    @Test
    void should_not_report_an_occurrence_on_its_due_date() {
        // given
        Snapshot s = dueFirstOfMarch();
        // when
        ComplianceReport report = engine.check(s, date("01.03.2022"));
        // then
        assertEquals(List.of(), report.findings(RULE));
    }

    @Test
    void should_not_report_an_occurrence_completed_on_its_due_date() {
        // given
        Snapshot s = dueFirstOfMarch(done("1", "01.03.2022"));
        // when
        ComplianceReport report = engine.check(s, date("01.06.2022"));
        // then
        assertEquals(List.of(), report.findings(RULE));
    }

    @Test
    void should_report_a_completion_one_day_late_as_done_late_under_the_same_key() {
        // given
        Snapshot late = dueFirstOfMarch(done("1", "02.03.2022"));
        // when
        ComplianceReport report = engine.check(late, date("01.06.2022"));
        // then
        Finding f = report.findings(RULE).get(0);
        assertEquals("ROADMAP_ACTIVITY_OVERDUE|roadmap:rm|activity:rm/1|dueOn=2022-03-01", f.key());
        assertEquals(Map.of("deadline", "до 01.03.2022", "dueOn", "2022-03-01", "graceDays", "0",
                "completedOn", "2022-03-02", "daysLate", "1", "state", "DONE_LATE"),
                pick(f, "deadline", "dueOn", "graceDays", "completedOn", "daysLate", "state"));
        assertEquals("Мероприятие rm/1 дорожной карты rm выполнено 02.03.2022, с опозданием на 1 дн. (срок — до 01.03.2022).",
                f.message(Language.RU));
    }

    @Test
    void should_ignore_a_completion_recorded_after_the_check_date() {
        // given a completion on 05.03.2022, checked on 03.03.2022
        Snapshot s = dueFirstOfMarch(done("1", "05.03.2022"));
        // when
        ComplianceReport report = engine.check(s, date("03.03.2022"));
        // then
        assertEquals("2", report.findings(RULE).get(0).evidence().get("daysOverdue"));
        assertEquals("0", report.findings(RULE).get(0).evidence().get("completionsSeen"));
    }

    @Test
    void should_wait_grace_days_before_reporting_and_accept_a_completion_within_them() {
        // given three grace days: due 01.03.2022, overdue from 05.03.2022
        ComplianceEngine graceful = ComplianceEngine.builder()
                .parameters(RuleParameters.builder().set(RuleParameters.GRACE_DAYS, 3).build()).build();
        // when
        ComplianceReport lastGraceDay = graceful.check(dueFirstOfMarch(), date("04.03.2022"));
        ComplianceReport afterGrace = graceful.check(dueFirstOfMarch(), date("05.03.2022"));
        ComplianceReport doneWithinGrace = graceful.check(dueFirstOfMarch(done("1", "04.03.2022")), date("01.06.2022"));
        ComplianceReport doneAfterGrace = graceful.check(dueFirstOfMarch(done("1", "05.03.2022")), date("01.06.2022"));
        // then
        assertEquals(List.of(), lastGraceDay.findings(RULE));
        assertEquals("4", afterGrace.findings(RULE).get(0).evidence().get("daysOverdue"));
        assertEquals("3", afterGrace.findings(RULE).get(0).evidence().get("graceDays"));
        assertEquals(List.of(), doneWithinGrace.findings(RULE));
        assertEquals("4", doneAfterGrace.findings(RULE).get(0).evidence().get("daysLate"));
    }

    @Test
    void should_mark_an_occurrence_long_overdue_after_the_escalation_days() {
        // given the default escalation of 30 days
        Snapshot s = dueFirstOfMarch();
        // when
        Finding day30 = engine.check(s, date("31.03.2022")).findings(RULE).get(0);
        Finding day31 = engine.check(s, date("01.04.2022")).findings(RULE).get(0);
        // then the same finding, still a warning, says whether it is long overdue
        assertEquals(Map.of("daysOverdue", "30", "longOverdue", "false"),
                Map.of("daysOverdue", day30.evidence().get("daysOverdue"), "longOverdue", day30.evidence().get("longOverdue")));
        assertEquals(Map.of("daysOverdue", "31", "longOverdue", "true"),
                Map.of("daysOverdue", day31.evidence().get("daysOverdue"), "longOverdue", day31.evidence().get("longOverdue")));
        assertEquals(day30.key(), day31.key());
        assertEquals(Severity.WARNING, day31.severity());
    }

    @Test
    void should_judge_each_occurrence_of_a_recurring_activity() {
        // given quarterly, done in Q1 and Q3 only
        Snapshot s = snapshot(roadmap().addActivities(activity("4.1", "ежеквартально").build()).build())
                .addCompletions(done("4.1", "30.03.2022"), done("4.1", "15.07.2022")).build();
        // when
        ComplianceReport report = engine.check(s, date("15.10.2022"));
        // then Q2 is overdue; Q4 is not due yet
        List<Finding> found = report.findings(RULE);
        assertEquals(List.of("ROADMAP_ACTIVITY_OVERDUE 4.1 2022-06-30"), RoadmapFixtures.lines(found));
        assertEquals("2", found.get(0).evidence().get("completionsSeen"));
    }

    @Test
    void should_count_a_relative_deadline_from_each_form_adopted() {
        // given «two weeks from the choice of the form», a form adopted on 01.09.2022
        Roadmap rm = roadmap().addActivities(activity("3.3", "В течение двух недель с даты определения модели").build()).build();
        Snapshot none = snapshot(rm).addOrganizations(Fixtures.school("s1")).addFormAdoptions(adopts("s1", "01.09.2022")).build();
        Snapshot doneInTime = snapshot(rm).addOrganizations(Fixtures.school("s1")).addFormAdoptions(adopts("s1", "01.09.2022"))
                .addCompletions(done("3.3", "15.09.2022")).build();
        // when
        ComplianceReport overdue = engine.check(none, date("16.09.2022"));
        ComplianceReport complies = engine.check(doneInTime, date("16.09.2022"));
        // then
        assertEquals(List.of("ROADMAP_ACTIVITY_OVERDUE 3.3 2022-09-15"), RoadmapFixtures.lines(overdue.findings(RULE)));
        assertEquals(List.of(), complies.findings(RULE));
    }

    @Test
    void should_judge_a_roadmap_without_a_period_from_its_approval() {
        // given no period; approved on 10.01.2022
        Snapshot s = snapshot(RoadmapFixtures.roadmap().period(java.util.Optional.empty())
                .addActivities(activity("1", "до 01.03.2022").build(), activity("2", "до 05.01.2022").build()).build()).build();
        // when
        ComplianceReport report = engine.check(s, date("02.03.2022"));
        // then 01.03.2022 falls between the approval and the check; 05.01.2022 before the approval
        assertEquals(List.of("ROADMAP_ACTIVITY_OVERDUE 1 2022-03-01"), RoadmapFixtures.lines(report.findings(RULE)));
    }

    @Test
    void should_list_an_occurrence_due_within_the_horizon_as_upcoming() {
        // given
        Snapshot s = dueFirstOfMarch();
        // when checked 9 days before the due date
        ComplianceReport within = engine.check(s, date("20.02.2022"), CheckOptions.defaults().withHorizonDays(14));
        ComplianceReport beyond = engine.check(s, date("20.02.2022"), CheckOptions.defaults().withHorizonDays(5));
        ComplianceReport afterwards = engine.check(s, date("02.03.2022"), CheckOptions.defaults().withHorizonDays(14));
        // then
        assertEquals(List.of(), within.findings(RULE));
        Finding up = within.upcoming().get(0);
        assertEquals(FindingKind.UPCOMING, up.kind());
        assertEquals("ROADMAP_ACTIVITY_OVERDUE|roadmap:rm|activity:rm/1|dueOn=2022-03-01", up.key());
        assertEquals("Мероприятие rm/1 дорожной карты rm нужно выполнить до 01.03.2022.", up.message(Language.RU));
        assertEquals(List.of(), beyond.upcoming());
        assertEquals(up.key(), afterwards.diff(within).stillOpen().get(0).key());
    }

    /** The finding's evidence under the keys given (a finding carries more, such as the texts of its start). */
    private static Map<String, String> pick(Finding f, String... keys) {
        Map<String, String> out = new java.util.HashMap<>();
        for (String k : keys) {
            if (f.evidence().containsKey(k)) {
                out.put(k, f.evidence().get(k));
            }
        }
        return out;
    }
}
