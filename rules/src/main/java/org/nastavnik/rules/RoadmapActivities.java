package org.nastavnik.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.nastavnik.model.Roadmap;
import org.nastavnik.model.Snapshot;

/** One {@link RoadmapActivity} per activity of each roadmap, keyed by the roadmap's id. */
final class RoadmapActivities extends Derivation {

    private final Map<String, Roadmap> roadmaps = new HashMap<>();

    @Override
    Class<?> factClass() {
        return RoadmapActivity.class;
    }

    @Override
    void deriveAll(Snapshot snapshot, Consumer<Object> out) {
        snapshot.roadmaps().forEach(r -> of(r).forEach(out));
    }

    @Override
    void add(Object record) {
        if (record instanceof Roadmap r) {
            roadmaps.put(r.id(), r);
            changed(r.id());
        }
    }

    @Override
    void remove(Object record) {
        if (record instanceof Roadmap r) {
            roadmaps.remove(r.id());
            changed(r.id());
        }
    }

    @Override
    List<RoadmapActivity> facts(Object key) {
        Roadmap r = roadmaps.get(key);
        return r == null ? List.of() : of(r);
    }

    private static List<RoadmapActivity> of(Roadmap r) {
        List<RoadmapActivity> facts = new ArrayList<>(r.activities().size());
        r.activities().forEach(a -> facts.add(new RoadmapActivity(r, a)));
        return facts;
    }
}
