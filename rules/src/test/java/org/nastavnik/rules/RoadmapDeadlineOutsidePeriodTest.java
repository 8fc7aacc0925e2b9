package org.nastavnik.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nastavnik.rules.Fixtures.date;
import static org.nastavnik.rules.RoadmapFixtures.activity;
import static org.nastavnik.rules.RoadmapFixtures.roadmap;
import static org.nastavnik.rules.RoadmapFixtures.snapshot;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nastavnik.model.Activity;
import org.nastavnik.common.Language;
import org.nastavnik.model.Roadmap;

/**
 * ROADMAP_DEADLINE_OUTSIDE_PERIOD: an activity's due dates fall within the roadmap's period
 * (01.01.2022–31.12.2022) and not before its approval (10.01.2022).
 */
class RoadmapDeadlineOutsidePeriodTest {

    private static final String RULE = "ROADMAP_DEADLINE_OUTSIDE_PERIOD";
    private final ComplianceEngine engine = ComplianceEngine.federal();

    private List<Finding> check(Activity... activities) {
        Roadmap rm = roadmap().addActivities(activities).build();
        return engine.check(snapshot(rm).build(), date("15.01.2023")).findings(RULE);
    }

    @Test
    void should_report_a_deadline_whose_every_date_lies_outside_the_period() {
        // given «Май 2021 г.» in a 2022 roadmap
        List<Finding> found = check(activity("1", "Май 2021 г.").build());
        // then
        assertEquals(1, found.size());
        Finding f = found.get(0);
        assertEquals("ROADMAP_DEADLINE_OUTSIDE_PERIOD|roadmap:rm|activity:rm/1|problem=OUTSIDE_PERIOD", f.key());
        assertEquals(Map.of("problem", "OUTSIDE_PERIOD", "deadline", "май 2021 года", "periodStart", "2022-01-01",
                "periodEnd", "2022-12-31", "nearestDueDate", "2021-05-31"), f.evidence());
        assertEquals(Severity.WARNING, f.severity());
        assertEquals("Срок мероприятия rm/1 («май 2021 года») лежит вне периода дорожной карты rm.", f.message(Language.RU));
    }

    @Test
    void should_accept_the_first_and_last_days_of_the_period_and_report_the_day_after() {
        // given the approval day, the period's last day and the day after it
        List<Finding> found = check(activity("1", "до 10.01.2022").build(), activity("2", "до 31.12.2022").build(),
                activity("3", "до 01.01.2023").build());
        // then
        assertEquals(List.of("ROADMAP_DEADLINE_OUTSIDE_PERIOD 3 OUTSIDE_PERIOD"), RoadmapFixtures.lines(found));
        assertEquals("2023-01-01", found.get(0).evidence().get("nearestDueDate"));
    }

    @Test
    void should_report_a_dated_deadline_before_the_approval() {
        // given «до 09.01.2022», a day before the approval on 10.01.2022
        List<Finding> found = check(activity("1", "до 09.01.2022").build());
        // then
        assertEquals(1, found.size());
        assertEquals(Map.of("problem", "BEFORE_APPROVAL", "deadline", "до 09.01.2022", "approvedOn", "2022-01-10",
                "datesBeforeApproval", "2022-01-09"), found.get(0).evidence());
        assertEquals("Срок мероприятия rm/1 («до 09.01.2022») наступает раньше утверждения дорожной карты rm 10.01.2022.",
                found.get(0).message(Language.RU));
    }

    @Test
    void should_not_report_recurring_or_undated_deadlines_before_the_approval() {
        // given monthly on the 5th (05.01.2022 precedes the approval), continuous and relative deadlines
        List<Finding> found = check(activity("1", "Ежемесячно 5 числа каждого месяца").build(),
                activity("2", "Постоянно").build(),
                activity("3", "В течение двух недель с даты определения модели").build());
        // then
        assertEquals(List.of(), found);
    }
}
