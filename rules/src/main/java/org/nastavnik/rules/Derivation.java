package org.nastavnik.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Facts derived from records, kept current as records come and go: the meetings of each pair
 * as one fact, the activities of each roadmap, the days of recorded events, the mentees of each
 * pair. Rules join these instead of collecting or scanning every record; a session updates
 * only the facts of the keys a change touched.
 */
abstract class Derivation {

    /** Whether changed keys are remembered: a session's are, a one-shot check's need not be. */
    private boolean tracking = true;
    private final Set<Object> changed = new LinkedHashSet<>();

    /** Stops remembering changed keys: a check derives its facts once, from {@link #keys()}. */
    final void untracked() {
        tracking = false;
        changed.clear();
    }

    /** @return whether changed keys are remembered, so that facts handed out must not share state with the derivation */
    final boolean tracking() {
        return tracking;
    }

    /** @return the class of the facts made, so that nothing is derived when no rule matches them */
    abstract Class<?> factClass();

    /** Counts a record in; records of other kinds are ignored. */
    abstract void add(Object record);

    /** Counts a record out; it must have been counted in. */
    abstract void remove(Object record);

    /** @return the keys that have facts now */
    abstract Collection<?> keys();

    /** @return the facts of a key as the records stand now, empty when there are none */
    abstract List<?> facts(Object key);

    /** Marks a key whose facts changed. */
    final void changed(Object key) {
        if (tracking) {
            changed.add(key);
        }
    }

    /** @return the keys whose facts changed since the last call, in the order first changed; forgets them */
    final List<Object> drainChanged() {
        List<Object> keys = new ArrayList<>(changed);
        changed.clear();
        return keys;
    }
}
