package org.nastavnik.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nastavnik.rules.Fixtures.date;
import static org.nastavnik.rules.RoadmapFixtures.activity;
import static org.nastavnik.rules.RoadmapFixtures.roadmap;
import static org.nastavnik.rules.RoadmapFixtures.snapshot;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nastavnik.deadline.WorkCalendar;
import org.nastavnik.model.DocumentRef;
import org.nastavnik.model.Snapshot;

/** The engine counts working-day deadlines by its work calendar: the decreed transfers, or the user's own. */
class WorkCalendarRuleTest {
    private static final CheckOptions OVERDUE = CheckOptions.defaults().withOnlyRules(Set.of("ROADMAP_ACTIVITY_OVERDUE"));

    /** Approved on Thursday 28.04.2022; activity 1 due within 3 working days: 5 May by the decree of 2022 (2, 3 May off). */
    private static Snapshot approvedOn28April() {
        return snapshot(roadmap().approval(DocumentRef.order("7", date("28.04.2022")))
                .addActivities(activity("1", "в течение 3 рабочих дней после утверждения дорожной карты").build()).build())
                .build();
    }

    @Test
    void should_count_working_days_by_the_decreed_transfers_by_default() {
        // when
        ComplianceReport report = ComplianceEngine.federal().check(approvedOn28April(), date("05.05.2022"), OVERDUE);

        // then: due 5 May, not yet overdue
        assertEquals(List.of(), report.findings());
    }

    @Test
    void should_count_working_days_by_the_calendar_the_engine_is_built_with() {
        // given: the statute alone, where 3 May 2022 is a working day
        ComplianceEngine engine = ComplianceEngine.builder().workCalendar(WorkCalendar.statute()).build();

        // when
        ComplianceReport report = engine.check(approvedOn28April(), date("05.05.2022"), OVERDUE);

        // then: due 4 May, a day overdue
        assertEquals(List.of("ROADMAP_ACTIVITY_OVERDUE|roadmap:rm|activity:rm/1|dueOn=2022-05-04"),
                report.findings().stream().map(Finding::key).toList());
    }
}
