package org.nastavnik.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The findings a live session holds, and the ones its report shows: of findings with one key and
 * kind, the report shows one, the first in report order ({@link ComplianceReport} keeps the same
 * one). Changes are told in what the report shows, so that the previous report plus
 * {@link FindingChanges#added()} minus {@link FindingChanges#removed()} is always the new report,
 * even when a rule gives two findings one key. Not thread-safe.
 */
final class ShownFindings {
    /** Per key and kind: one finding, or a list of several. */
    private final Map<String, Object> byKey = new HashMap<>();
    /** Per key and kind touched since the last {@link #drain}: what the report showed before. */
    private Map<String, Finding> shownBefore = new HashMap<>();
    /** The keys and kinds touched since the last {@link #drain} that the report did not show. */
    private Set<String> touchedEmpty = new HashSet<>();

    void add(Finding f) {
        String k = key(f);
        Object held = byKey.get(k);
        touch(k, held);
        if (held == null) {
            byKey.put(k, f);
        } else if (held instanceof Finding one) {
            if (!one.equals(f)) {
                List<Finding> several = new ArrayList<>(2);
                several.add(one);
                several.add(f);
                byKey.put(k, several);
            }
        } else {
            @SuppressWarnings("unchecked")
            List<Finding> several = (List<Finding>) held;
            if (!several.contains(f)) {
                several.add(f);
            }
        }
    }

    void remove(Finding f) {
        String k = key(f);
        Object held = byKey.get(k);
        touch(k, held);
        if (held instanceof Finding one) {
            if (one.equals(f)) {
                byKey.remove(k);
            }
        } else if (held != null) {
            @SuppressWarnings("unchecked")
            List<Finding> several = (List<Finding>) held;
            several.remove(f);
            if (several.size() == 1) {
                byKey.put(k, several.get(0));
            }
        }
    }

    /** Adds to {@code shown} the finding the report shows for each key and kind. */
    void shown(Collection<Finding> shown) {
        for (Object held : byKey.values()) {
            shown.add(first(held));
        }
    }

    /**
     * What the report shows now and did not show at the last drain, and the reverse; then starts
     * anew.
     */
    void drain(Collection<Finding> added, Collection<Finding> removed) {
        for (Map.Entry<String, Finding> e : shownBefore.entrySet()) {
            compare(e.getValue(), byKey.get(e.getKey()), added, removed);
        }
        for (String k : touchedEmpty) {
            compare(null, byKey.get(k), added, removed);
        }
        // new sets, not cleared ones: opening a session touches every finding of the territory,
        // and clearing or iterating a set costs its capacity, not its size
        shownBefore = new HashMap<>();
        touchedEmpty = new HashSet<>();
    }

    private static void compare(Finding before, Object heldNow, Collection<Finding> added,
            Collection<Finding> removed) {
        Finding now = heldNow == null ? null : first(heldNow);
        if (before != null && before.equals(now)) {
            return;
        }
        if (before != null) {
            removed.add(before);
        }
        if (now != null) {
            added.add(now);
        }
    }

    private void touch(String k, Object held) {
        if (shownBefore.containsKey(k) || touchedEmpty.contains(k)) {
            return;
        }
        if (held == null) {
            touchedEmpty.add(k);
        } else {
            shownBefore.put(k, first(held));
        }
    }

    private static Finding first(Object held) {
        if (held instanceof Finding one) {
            return one;
        }
        @SuppressWarnings("unchecked")
        List<Finding> several = (List<Finding>) held;
        Finding min = several.get(0);
        for (Finding f : several) {
            if (f.compareTo(min) < 0) {
                min = f;
            }
        }
        return min;
    }

    private static String key(Finding f) {
        return f.kind() == FindingKind.CURRENT ? f.key() : "upcoming:" + f.key();
    }
}
