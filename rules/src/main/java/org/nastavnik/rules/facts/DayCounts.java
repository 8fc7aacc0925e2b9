package org.nastavnik.rules.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Distinct days and how many records show each, so that a session learns in constant time
 * whether a record adds or removes a distinct day (and only then updates the fact of the days).
 */
final class DayCounts {

    private final TreeMap<LocalDate, Integer> counts = new TreeMap<>();

    /** @return whether the day was not counted before */
    boolean add(LocalDate day) {
        return counts.merge(day, 1, Integer::sum) == 1;
    }

    /** @return whether the day is no longer counted (false also when it never was) */
    boolean remove(LocalDate day) {
        Integer n = counts.get(day);
        if (n == null) {
            return false;
        }
        if (n == 1) {
            counts.remove(day);
            return true;
        }
        counts.put(day, n - 1);
        return false;
    }

    boolean isEmpty() {
        return counts.isEmpty();
    }

    /** @return the distinct days, ascending, in a new list */
    List<LocalDate> days() {
        return new ArrayList<>(counts.keySet());
    }
}
