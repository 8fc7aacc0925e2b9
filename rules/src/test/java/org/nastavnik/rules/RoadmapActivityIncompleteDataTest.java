package org.nastavnik.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nastavnik.rules.Fixtures.date;
import static org.nastavnik.rules.RoadmapFixtures.activity;
import static org.nastavnik.rules.RoadmapFixtures.roadmap;
import static org.nastavnik.rules.RoadmapFixtures.snapshot;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nastavnik.deadline.DeadlineParser;
import org.nastavnik.model.Activity;
import org.nastavnik.model.ActivityOrigin;
import org.nastavnik.common.Language;
import org.nastavnik.model.Roadmap;

/**
 * ROADMAP_ACTIVITY_INCOMPLETE_DATA: an activity names a responsible party, a readable deadline and,
 * where its table has a result column, an expected result; one finding per missing item.
 */
class RoadmapActivityIncompleteDataTest {

    private static final String RULE = "ROADMAP_ACTIVITY_INCOMPLETE_DATA";
    private final ComplianceEngine engine = ComplianceEngine.federal();

    private List<Finding> check(Activity... activities) {
        Roadmap rm = roadmap().addActivities(activities).build();
        return engine.check(snapshot(rm).build(), date("15.01.2023")).findings(RULE);
    }

    @Test
    void should_report_each_missing_item_of_an_activity() {
        // given activity 2 with no responsible, no deadline and no result; activity 1 complete
        Activity complete = activity("1", "до 01.03.2022").build();
        Activity bare = Activity.builder().from(activity("2", "").build()).responsible(List.of())
                .expectedResult(Optional.empty()).build();
        // when
        List<Finding> found = check(complete, bare);
        // then
        assertEquals(List.of("ROADMAP_ACTIVITY_INCOMPLETE_DATA 2 DEADLINE", "ROADMAP_ACTIVITY_INCOMPLETE_DATA 2 EXPECTED_RESULT",
                "ROADMAP_ACTIVITY_INCOMPLETE_DATA 2 RESPONSIBLE"), RoadmapFixtures.lines(found).stream().sorted().toList());
        Finding responsible = found.stream().filter(f -> f.evidence().get("missing").equals("RESPONSIBLE")).findFirst().orElseThrow();
        assertEquals("ROADMAP_ACTIVITY_INCOMPLETE_DATA|roadmap:rm|activity:rm/2|missing=RESPONSIBLE", responsible.key());
        assertEquals(Map.of("missing", "RESPONSIBLE"), responsible.evidence());
        assertEquals(Severity.NOTICE, responsible.severity());
        assertEquals("У мероприятия rm/2 дорожной карты rm не указан ответственный.", responsible.message(Language.RU));
    }

    @Test
    void should_report_a_deadline_that_could_not_be_read_with_its_text() {
        // given
        Activity odd = activity("1", "когда-нибудь потом").build();
        // when
        List<Finding> found = check(odd);
        // then
        assertEquals(Map.of("missing", "RECOGNIZED_DEADLINE", "deadlineText", "когда-нибудь потом"), found.get(0).evidence());
        assertEquals(1, found.size());
    }

    @Test
    void should_not_ask_for_a_result_when_no_row_of_the_table_has_one() {
        // given a table without a result column, and an order item
        Activity a = Activity.builder().from(activity("1", "до 01.03.2022").build()).expectedResult(Optional.empty()).build();
        Activity b = Activity.builder().from(activity("2", "до 01.04.2022").build()).expectedResult(Optional.empty()).build();
        // when
        List<Finding> found = check(a, b);
        // then
        assertEquals(List.of(), found);
    }

    @Test
    void should_not_ask_an_order_item_for_a_result() {
        // given a table row with a result and an order item without one
        Activity row = activity("1", "до 01.03.2022").build();
        Activity item = Activity.builder().from(activity("order-2", "до 01.04.2022").build())
                .expectedResult(Optional.empty()).origin(ActivityOrigin.ORDER_ITEM).build();
        // when
        List<Finding> found = check(row, item);
        // then
        assertEquals(List.of(), found);
    }

    @Test
    void should_not_check_a_heading_over_sub_activities() {
        // given 5.1 with an empty row heading 5.1.1
        Activity heading = Activity.builder().number("5.1").title("Контроль реализации:").deadlineText("")
                .deadline(DeadlineParser.parse("")).build();
        Activity sub = activity("5.1.1", "Постоянно").build();
        // when
        List<Finding> found = check(heading, sub);
        // then
        assertEquals(List.of(), found);
    }
}
