package org.nastavnik.examples.demo;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.nastavnik.deadline.DeadlineStatus;
import org.nastavnik.report.Timeline;
import org.nastavnik.model.Snapshot;

class SampleTimelineTest {

    @Test
    void should_mark_each_activity_of_the_sample_roadmap_done_overdue_upcoming_or_not_judged() {
        // given: the district completed 1.1 (28.05.2021), 1.3 (30.09.2021) and 2.1 (22.10.2021)
        Snapshot snapshot = SampleMunicipality.snapshot(Seed.TASHTAGOL.read().roadmap());
        // when
        Timeline t = Timeline.of(snapshot, SampleMunicipality.AS_OF).get(0);
        // then
        Map<String, Timeline.Row> rows = t.rows().stream().collect(Collectors.toMap(Timeline.Row::number,
                Function.identity()));
        assertAll(
                () -> assertEquals("tashtagol-2021", t.roadmapId()),
                () -> assertEquals(Timeline.State.DONE, rows.get("1.1").state()),
                () -> assertEquals(Timeline.State.OVERDUE, rows.get("1.2").state(), "due in September 2021, never done"),
                () -> assertEquals(Timeline.State.NOT_JUDGED, rows.get("3.1").state(), "continuous"),
                () -> assertEquals(Timeline.State.OVERDUE, rows.get("3.3").state(),
                        "two weeks after each form adopted, never done"),
                () -> assertEquals(LocalDate.of(2021, 9, 15), rows.get("3.3").status().occurrences().get(0).dueDate(),
                        "two weeks after s1 adopted TEACHER_TEACHER on 01.09.2021"),
                () -> assertEquals(Timeline.State.OVERDUE, rows.get("4.2").state(), "monthly on the 25th, never reported"),
                () -> assertEquals(DeadlineStatus.State.UPCOMING,
                        rows.get("4.2").status().next().orElseThrow().state()),
                () -> assertEquals(LocalDate.of(2022, 6, 25), rows.get("4.2").status().next().orElseThrow().dueDate()),
                () -> assertEquals(t.rows().size(), t.count(Timeline.State.DONE) + t.count(Timeline.State.OVERDUE)
                        + t.count(Timeline.State.UPCOMING) + t.count(Timeline.State.NOT_JUDGED)));
    }
}
