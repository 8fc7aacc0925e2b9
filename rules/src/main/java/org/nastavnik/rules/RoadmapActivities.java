package org.nastavnik.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nastavnik.model.Roadmap;

/** One {@link RoadmapActivity} per activity of each roadmap, keyed by the roadmap's id. */
final class RoadmapActivities extends Derivation {

    private final Map<String, Roadmap> roadmaps = new HashMap<>();

    @Override
    Class<?> factClass() {
        return RoadmapActivity.class;
    }

    @Override
    java.util.Collection<String> keys() {
        return roadmaps.keySet();
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
        if (r == null) {
            return List.of();
        }
        List<RoadmapActivity> facts = new ArrayList<>(r.activities().size());
        r.activities().forEach(a -> facts.add(new RoadmapActivity(r, a)));
        return facts;
    }
}
