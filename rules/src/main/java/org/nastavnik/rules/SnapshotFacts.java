package org.nastavnik.rules;

import java.util.function.Consumer;
import org.nastavnik.model.Snapshot;

/**
 * The records of a snapshot that go into a session, in a fixed order. Rules match these types
 * and the facts {@link DerivedFacts} derives from them.
 */
final class SnapshotFacts {

    private SnapshotFacts() {
    }

    /** @return how many records {@link #insert} passes on, to size a list of facts */
    static int count(Snapshot s) {
        return 1 + s.organizations().size() + s.people().size() + s.curatorAppointments().size() + s.registry().size()
                + s.consents().size() + s.formAdoptions().size() + s.mentorships().size() + s.meetings().size()
                + s.trainings().size() + s.programmes().size() + s.monitoringReports().size() + s.listUpdates().size()
                + s.localActs().size() + s.agreements().size() + s.completions().size() + s.targetIndicators().size()
                + s.indicatorValues().size() + s.roadmaps().size();
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
        s.roadmaps().forEach(counting);
        return n[0];
    }
}
