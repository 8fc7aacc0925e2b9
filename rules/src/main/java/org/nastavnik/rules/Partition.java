package org.nastavnik.rules;

import java.util.Objects;
import org.nastavnik.model.Snapshot;

/**
 * One piece of a territory checked by a {@link PartitionedCheck}: either an organization's own
 * records, or a territory's (a municipality's or region's) records that span organizations.
 * Immutable.
 */
public final class Partition {

    /** Which records a partition carries, and so which rules it is checked with. */
    public enum Scope {
        /**
         * One organization (or a few) with everything that belongs to it: its people, curators,
         * forms, pairs, meetings, its own roadmap, and the records of other organizations its
         * pairs refer to (a partner's employee who mentors). Checked with every rule.
         */
        ORGANIZATION,
        /**
         * A territory's records: its roadmaps and their completions, target indicators and
         * measured values, territory-level reports, with the organizations they refer to.
         * Checked with the territory rules only, so its organizations are not reported twice.
         */
        TERRITORY
    }

    private final Scope scope;
    private final Snapshot snapshot;

    private Partition(Scope scope, Snapshot snapshot) {
        this.scope = scope;
        this.snapshot = Objects.requireNonNull(snapshot, "snapshot");
    }

    /**
     * @param snapshot  one organization's records, not null
     * @return a partition checked with every rule
     */
    public static Partition organization(Snapshot snapshot) {
        return new Partition(Scope.ORGANIZATION, snapshot);
    }

    /**
     * @param snapshot  a territory's records that span organizations, not null
     * @return a partition checked with the territory rules only
     */
    public static Partition territory(Snapshot snapshot) {
        return new Partition(Scope.TERRITORY, snapshot);
    }

    /** @return which records the partition carries */
    public Scope scope() {
        return scope;
    }

    /** @return the partition's data */
    public Snapshot snapshot() {
        return snapshot;
    }

    @Override
    public String toString() {
        return "Partition{" + scope + ", " + snapshot.territory().region().map(r -> r.code()).orElse("?") + snapshot.territory().municipality()
                .map(m -> "/" + m).orElse("") + ", " + snapshot.organizations().size() + " organizations}";
    }
}
