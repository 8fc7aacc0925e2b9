package org.nastavnik.roadmap;

import java.util.Optional;
import org.immutables.value.Value;
import org.nastavnik.common.DateRange;
import org.nastavnik.model.RoadmapLevel;
import org.nastavnik.model.Territory;

/**
 * What the caller knows about a document that the text itself may not say: the id to give the
 * roadmap, its level and, optionally, its territory and period. What the caller leaves out is read
 * from the document; what neither says stays unknown.
 */
@Value.Immutable
public abstract class ReadOptions {

    /** @return the id to give the imported roadmap, such as "belgorod-2022" */
    public abstract String roadmapId();

    /**
     * @return the territory the roadmap covers, if the caller knows it; its region and municipality
     *     take precedence over what the document says, part by part
     */
    public abstract Optional<Territory> territory();

    /** @return the level of government; municipal unless set */
    @Value.Default
    public RoadmapLevel level() {
        return RoadmapLevel.MUNICIPAL;
    }

    /**
     * @return the period to use instead of the one read from the title or derived from the
     *         approval date, if the caller knows better
     */
    public abstract Optional<DateRange> period();

    @Value.Check
    void check() {
        if (roadmapId().isBlank()) {
            throw new IllegalArgumentException("roadmap id (\"" + roadmapId() + "\") must not be blank");
        }
    }

    /** @return a new builder */
    public static ImmutableReadOptions.Builder builder() {
        return ImmutableReadOptions.builder();
    }

    /**
     * @param roadmapId  the id to give the roadmap, not blank, not null
     * @param territory  the territory the roadmap covers, not null
     * @return options for a municipal roadmap whose period is read from the document
     * @throws IllegalArgumentException if {@code roadmapId} is blank
     */
    public static ReadOptions of(String roadmapId, Territory territory) {
        return builder().roadmapId(roadmapId).territory(territory).build();
    }

    /**
     * @param roadmapId  the id to give the roadmap, not blank, not null
     * @return options for a municipal roadmap whose territory and period are read from the document
     * @throws IllegalArgumentException if {@code roadmapId} is blank
     */
    public static ReadOptions of(String roadmapId) {
        return builder().roadmapId(roadmapId).build();
    }
}
