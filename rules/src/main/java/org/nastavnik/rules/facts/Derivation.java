package org.nastavnik.rules.facts;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.nastavnik.model.Snapshot;

/**
 * Facts derived from records: a pair with its meetings as one fact, one fact per participant or
 * mentee of a pair, the activities of each roadmap, the days of recorded events. Rules match
 * these instead of joining or scanning many records.
 *
 * <p>A one-shot check derives them from the whole snapshot at once ({@link #deriveAll}); a
 * session counts records in and out ({@link #add}, {@link #remove}) and asks for the facts of the
 * keys a change touched ({@link #drainChanged}, {@link #facts}). Tests compare sessions with
 * full checks, so the two ways must agree.
 */
abstract class Derivation {

    private Set<Object> changed = new LinkedHashSet<>();

    /** @return the class of the facts made, so that nothing is derived when no rule matches them */
    abstract Class<?> factClass();

    /** Passes every fact derived from a snapshot to {@code out}. */
    abstract void deriveAll(Snapshot snapshot, Consumer<Object> out);

    /** Counts a record in; records of other kinds are ignored. */
    abstract void add(Object record);

    /** Counts a record out; it must have been counted in. */
    abstract void remove(Object record);

    /** @return the facts of a key as the records counted stand now, empty when there are none */
    abstract List<?> facts(Object key);

    /** Marks a key whose facts changed. */
    final void changed(Object key) {
        changed.add(key);
    }

    /** @return the keys whose facts changed since the last call, in the order first changed; forgets them */
    final List<Object> drainChanged() {
        if (changed.isEmpty()) {
            return List.of();
        }
        List<Object> keys = new ArrayList<>(changed);
        // A new set, not clear(): clearing costs the capacity the first, whole-snapshot drain grew
        // (50,000 pairs), on every later change.
        changed = new LinkedHashSet<>();
        return keys;
    }
}
