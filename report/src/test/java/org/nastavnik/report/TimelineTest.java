package org.nastavnik.report;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.nastavnik.deadline.DeadlineContext;
import org.nastavnik.deadline.DeadlineParser;
import org.nastavnik.model.Activity;
import org.nastavnik.model.ActivityOrigin;
import org.nastavnik.model.Completion;
import org.nastavnik.common.DateRange;
import org.nastavnik.model.DocumentRef;
import org.nastavnik.model.Responsible;
import org.nastavnik.model.Roadmap;
import org.nastavnik.model.RoadmapLevel;
import org.nastavnik.model.Snapshot;
import org.nastavnik.model.Territory;

/** The state of each activity of a small roadmap as of 01.06.2022. */
class TimelineTest {

    private static final LocalDate AS_OF = LocalDate.of(2022, 6, 1);

    private static Activity activity(String number, String deadline) {
        return Activity.builder().number(number).title("Мероприятие " + number).deadlineText(deadline)
                .deadline(DeadlineParser.parse(deadline, DeadlineContext.none()))
                .addResponsible(Responsible.role("Руководители ОО")).expectedResult("Приказ")
                .origin(ActivityOrigin.TABLE).build();
    }

    private static Completion done(String number, String isoDate) {
        return Completion.builder().roadmapId("rm").activityNumber(number).completedOn(LocalDate.parse(isoDate))
                .build();
    }

    @Test
    void should_mark_each_activity_done_overdue_upcoming_or_not_judged() {
        // given
        Roadmap roadmap = Roadmap.builder().id("rm").title("План мероприятий").level(RoadmapLevel.MUNICIPAL)
                .territory(Territory.municipality("42", "Таштагольский район"))
                .approval(DocumentRef.order("7", LocalDate.of(2022, 1, 10)))
                .period(DateRange.of(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31)))
                .addActivities(activity("1", "до 01.03.2022"), activity("2", "до 01.04.2022"),
                        activity("3", "до 01.09.2022"), activity("4", "постоянно"))
                .build();
        Snapshot snapshot = Snapshot.builder().asOf(AS_OF).territory(Territory.region("42")).addRoadmaps(roadmap)
                .addCompletions(done("1", "2022-02-20")).build();
        // when
        List<Timeline> timelines = Timeline.of(snapshot, AS_OF);
        // then
        assertEquals(1, timelines.size());
        Timeline t = timelines.get(0);
        Map<String, Timeline.Row> rows = t.rows().stream().collect(Collectors.toMap(Timeline.Row::number,
                Function.identity()));
        assertAll(
                () -> assertEquals("rm", t.roadmapId()),
                () -> assertEquals(Timeline.State.DONE, rows.get("1").state()),
                () -> assertEquals(Timeline.State.OVERDUE, rows.get("2").state(), "due 01.04.2022, never done"),
                () -> assertEquals(Timeline.State.UPCOMING, rows.get("3").state()),
                () -> assertEquals(LocalDate.of(2022, 9, 1), rows.get("3").status().next().orElseThrow().dueDate()),
                () -> assertEquals(Timeline.State.NOT_JUDGED, rows.get("4").state(), "continuous"),
                () -> assertEquals(1, t.count(Timeline.State.OVERDUE)));
    }
}
