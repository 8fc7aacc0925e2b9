package org.nastavnik.rules;

import java.util.List;

/**
 * How a newer report differs from an older one, by finding key: what is new, what was
 * resolved and what is still open. A finding whose kind changed (upcoming, now current) is
 * still open.
 */
public final class ReportDiff {

    private final List<Finding> added;
    private final List<Finding> resolved;
    private final List<Finding> stillOpen;

    ReportDiff(List<Finding> added, List<Finding> resolved, List<Finding> stillOpen) {
        this.added = List.copyOf(added);
        this.resolved = List.copyOf(resolved);
        this.stillOpen = List.copyOf(stillOpen);
    }

    /** @return findings of the newer report whose key the older one lacks, in report order */
    public List<Finding> added() {
        return added;
    }

    /** @return findings of the older report whose key the newer one lacks, in report order */
    public List<Finding> resolved() {
        return resolved;
    }

    /** @return findings of the newer report whose key the older one has too, in report order */
    public List<Finding> stillOpen() {
        return stillOpen;
    }

    /** @return whether nothing was added or resolved */
    public boolean isUnchanged() {
        return added.isEmpty() && resolved.isEmpty();
    }

    @Override
    public String toString() {
        return "ReportDiff{added=" + added.size() + ", resolved=" + resolved.size() + ", stillOpen=" + stillOpen.size() + "}";
    }
}
