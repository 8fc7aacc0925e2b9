package org.nastavnik.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nastavnik.rules.Fixtures.adopts;
import static org.nastavnik.rules.Fixtures.date;
import static org.nastavnik.rules.RoadmapFixtures.activity;
import static org.nastavnik.rules.RoadmapFixtures.roadmap;
import static org.nastavnik.rules.RoadmapFixtures.snapshot;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nastavnik.deadline.DeadlineContext;
import org.nastavnik.deadline.DeadlineParser;
import org.nastavnik.model.Activity;
import org.nastavnik.model.ActivityOrigin;
import org.nastavnik.model.DocumentKind;
import org.nastavnik.model.DocumentRef;
import org.nastavnik.common.Language;
import org.nastavnik.model.Roadmap;

/**
 * ROADMAP_ACTIVITY_NOT_JUDGED: continuous, scheduled-elsewhere and as-needed activities, and those
 * whose due dates cannot be known, are listed once each instead of being judged overdue.
 */
class RoadmapActivityNotJudgedTest {

    private static final String RULE = "ROADMAP_ACTIVITY_NOT_JUDGED";
    private final ComplianceEngine engine = ComplianceEngine.federal();

    @Test
    void should_list_continuous_scheduled_and_as_needed_activities_once_each() {
        // given
        Roadmap rm = roadmap().addActivities(activity("1", "Постоянно").build(),
                activity("2", "По графику ГБОУ ИРО").build(),
                activity("3", "по мере необходимости").build(),
                activity("4", "до 01.03.2022").build()).build();
        // when
        ComplianceReport report = engine.check(snapshot(rm).build(), date("15.01.2023"));
        // then
        List<Finding> found = report.findings(RULE);
        assertEquals(List.of("ROADMAP_ACTIVITY_NOT_JUDGED 1", "ROADMAP_ACTIVITY_NOT_JUDGED 2",
                "ROADMAP_ACTIVITY_NOT_JUDGED 3"), RoadmapFixtures.lines(found));
        // issue 15: every finding says why the activity is not judged (reasonRu, reasonEn)
        assertEquals(Map.of("deadline", "постоянно", "kind", "CONTINUOUS",
                "reasonRu", "срок «постоянно» или «в течение всего периода»: дня, к которому нужно выполнить, нет",
                "reasonEn", "the deadline is continuous: there is no day to meet"), found.get(0).evidence());
        assertEquals("по графику ГБОУ ИРО", found.get(1).evidence().get("deadline"));
        assertEquals("BY_SCHEDULE", found.get(1).evidence().get("kind"));
        assertTrue(!found.get(1).evidence().get("reasonRu").isBlank(), found.get(1).evidence().toString());
        assertEquals("AS_NEEDED", found.get(2).evidence().get("kind"));
        assertEquals("ROADMAP_ACTIVITY_NOT_JUDGED|roadmap:rm|activity:rm/1", found.get(0).key());
        assertEquals(Severity.NOTICE, found.get(0).severity());
        assertEquals("Мероприятие rm/1 дорожной карты rm со сроком «постоянно» не оценивается на просрочку.",
                found.get(0).message(Language.RU));
        assertEquals(List.of(), report.findings("ROADMAP_ACTIVITY_OVERDUE").stream()
                .filter(f -> !f.subjects().contains(SubjectRef.activity("rm", "4"))).toList());
    }

    @Test
    void should_list_an_obligation_of_the_order_without_a_deadline_and_never_judge_it_overdue() {
        // given an undated order item and an undated table row, long after the period
        Roadmap rm = roadmap().addActivities(
                Activity.builder().number("order-2-b4").title("проводить персонифицированный учёт обучающихся")
                        .deadlineText("").deadline(DeadlineParser.parse("", DeadlineContext.none()))
                        .addResponsible(org.nastavnik.model.Responsible.role("Руководители ОО"))
                        .origin(ActivityOrigin.ORDER_ITEM).build(),
                activity("1", "").build()).build();
        // when
        ComplianceReport report = engine.check(snapshot(rm).build(), date("15.01.2030"));
        // then the item is listed, not overdue, not «incomplete»; the row's empty cell is incomplete data
        List<Finding> found = report.findings(RULE);
        assertEquals(List.of("ROADMAP_ACTIVITY_NOT_JUDGED order-2-b4"), RoadmapFixtures.lines(found));
        assertEquals("NO_DEADLINE_STATED", found.get(0).evidence().get("kind"));
        assertEquals("Поручение rm/order-2-b4 дорожной карты rm дано без срока и не оценивается на просрочку.",
                found.get(0).message(Language.RU));
        assertEquals(List.of(), report.findings("ROADMAP_ACTIVITY_OVERDUE"));
        assertEquals(List.of("ROADMAP_ACTIVITY_INCOMPLETE_DATA 1 DEADLINE"),
                RoadmapFixtures.lines(report.findings("ROADMAP_ACTIVITY_INCOMPLETE_DATA")));
    }

    @Test
    void should_list_a_relative_deadline_only_while_its_event_has_no_date() {
        // given «two weeks from the choice of the form», with and without a form adopted
        Roadmap rm = roadmap().addActivities(activity("3.3", "В течение двух недель с даты определения модели").build()).build();
        // when
        ComplianceReport without = engine.check(snapshot(rm).build(), date("15.01.2023"));
        ComplianceReport with = engine.check(snapshot(rm).addOrganizations(Fixtures.school("s1"))
                .addFormAdoptions(adopts("s1", "01.09.2022")).build(), date("15.01.2023"));
        // then
        Finding f = without.findings(RULE).get(0);
        assertEquals(Map.of("deadline", "в течение 2 недель с даты определения модели", "kind", "NO_EVENT_DATES"),
                f.evidence());
        assertEquals("Срок мероприятия rm/3.3 дорожной карты rm («в течение 2 недель с даты определения модели») "
                + "отсчитывается от события, дата которого в данных не указана.", f.message(Language.RU));
        assertEquals(List.of(), with.findings(RULE));
    }

    @Test
    void should_list_a_dated_activity_of_a_roadmap_with_neither_period_nor_approval_date() {
        // given
        Roadmap rm = roadmap().period(Optional.empty())
                .approval(DocumentRef.builder().kind(DocumentKind.OTHER).build())
                .addActivities(activity("1", "до 01.03.2022").build()).build();
        // when
        ComplianceReport report = engine.check(snapshot(rm).build(), date("15.01.2023"));
        // then
        assertEquals(Map.of("deadline", "до 01.03.2022", "kind", "NO_PERIOD"), report.findings(RULE).get(0).evidence());
        assertEquals(List.of(), report.findings("ROADMAP_ACTIVITY_OVERDUE"));
    }
}
