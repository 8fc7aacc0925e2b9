package org.nastavnik.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * The findings that one change to a {@link ComplianceSession} added and removed. A finding
 * whose evidence changed (a pair now 5 days late instead of 3) is removed in its old form and
 * added in its new one. Immutable; both lists in report order.
 */
public final class FindingChanges {

    private static final FindingChanges NONE = new FindingChanges(List.of(), List.of());

    private final List<Finding> added;
    private final List<Finding> removed;

    private FindingChanges(List<Finding> added, List<Finding> removed) {
        this.added = added;
        this.removed = removed;
    }

    static FindingChanges of(Collection<Finding> added, Collection<Finding> removed) {
        if (added.isEmpty() && removed.isEmpty()) {
            return NONE;
        }
        List<Finding> a = new ArrayList<>(added);
        List<Finding> r = new ArrayList<>(removed);
        Collections.sort(a);
        Collections.sort(r);
        return new FindingChanges(List.copyOf(a), List.copyOf(r));
    }

    /** @return the findings that hold now and did not before, in report order */
    public List<Finding> added() {
        return added;
    }

    /** @return the findings that held before and do not now, in report order */
    public List<Finding> removed() {
        return removed;
    }

    /** @return whether the change altered no finding */
    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FindingChanges c && added.equals(c.added) && removed.equals(c.removed);
    }

    @Override
    public int hashCode() {
        return added.hashCode() * 31 + removed.hashCode();
    }

    /** @return the keys added and removed */
    @Override
    public String toString() {
        return "FindingChanges{added=" + added.stream().map(Finding::key).toList() + ", removed="
                + removed.stream().map(Finding::key).toList() + "}";
    }
}
