package org.nastavnik.rules.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.nastavnik.model.Activity;
import org.nastavnik.model.Roadmap;

/**
 * A fact for rules: one activity of one roadmap, since an {@link Activity} does not know its
 * roadmap. The engine inserts one per activity of every roadmap of the snapshot.
 */
public final class RoadmapActivity {

    private final Roadmap roadmap;
    private final Activity activity;
    private final String eventKey;

    RoadmapActivity(Roadmap roadmap, Activity activity) {
        this.roadmap = Objects.requireNonNull(roadmap);
        this.activity = Objects.requireNonNull(activity);
        this.eventKey = RecordedEvents.keyOf(activity.deadline());
    }

    /** @return one fact per activity of the roadmap, in its order */
    static List<RoadmapActivity> of(Roadmap roadmap) {
        List<RoadmapActivity> facts = new ArrayList<>(roadmap.activities().size());
        roadmap.activities().forEach(a -> facts.add(new RoadmapActivity(roadmap, a)));
        return facts;
    }

    /** @return the roadmap */
    public Roadmap roadmap() {
        return roadmap;
    }

    /** @return the activity */
    public Activity activity() {
        return activity;
    }

    /** @return the roadmap's id */
    public String roadmapId() {
        return roadmap.id();
    }

    /** @return the activity's number, such as "5.1.1" */
    public String number() {
        return activity.number();
    }

    /**
     * @return the key of the {@link RecordedEvents} its deadline counts from, or
     *     {@link RecordedEvents#NONE}
     */
    public String eventKey() {
        return eventKey;
    }

    @Override
    public String toString() {
        return "RoadmapActivity{" + roadmap.id() + "/" + activity.number() + "}";
    }
}
