package org.nastavnik.rules;

import java.util.function.Consumer;
import org.nastavnik.model.Roadmap;
import org.nastavnik.model.Snapshot;

/** Which facts of a snapshot go into a session. Rules match these types. */
final class SnapshotFacts {

    private SnapshotFacts() {
    }

    static int insert(Snapshot s, Consumer<Object> insert) {
        int[] n = {0};
        Consumer<Object> counting = o -> {
            insert.accept(o);
            n[0]++;
        };
        counting.accept(s.territory());
        s.organizations().forEach(counting);
        s.people().forEach(counting);
        s.curatorAppointments().forEach(counting);
        s.registry().forEach(counting);
        s.consents().forEach(counting);
        s.formAdoptions().forEach(counting);
        s.mentorships().forEach(counting);
        s.meetings().forEach(counting);
        s.trainings().forEach(counting);
        s.programmes().forEach(counting);
        s.monitoringReports().forEach(counting);
        s.listUpdates().forEach(counting);
        s.localActs().forEach(counting);
        s.agreements().forEach(counting);
        s.completions().forEach(counting);
        s.targetIndicators().forEach(counting);
        s.indicatorValues().forEach(counting);
        for (Roadmap r : s.roadmaps()) {
            counting.accept(r);
            r.activities().forEach(a -> counting.accept(new RoadmapActivity(r, a)));
        }
        return n[0];
    }
}
