package org.nastavnik.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.nastavnik.model.Mentorship;
import org.nastavnik.model.Snapshot;

/** One {@link PairedMentee} per mentee of each mentorship, keyed by the mentorship's id. */
final class MenteesInPairs extends Derivation {

    private final Map<String, Mentorship> pairs = new HashMap<>();

    @Override
    Class<?> factClass() {
        return PairedMentee.class;
    }

    @Override
    void deriveAll(Snapshot snapshot, Consumer<Object> out) {
        snapshot.mentorships().forEach(m -> of(m).forEach(out));
    }

    @Override
    void add(Object record) {
        if (record instanceof Mentorship m) {
            pairs.put(m.id(), m);
            changed(m.id());
        }
    }

    @Override
    void remove(Object record) {
        if (record instanceof Mentorship m) {
            pairs.remove(m.id());
            changed(m.id());
        }
    }

    @Override
    List<PairedMentee> facts(Object key) {
        Mentorship m = pairs.get(key);
        return m == null ? List.of() : of(m);
    }

    private static List<PairedMentee> of(Mentorship m) {
        List<PairedMentee> facts = new ArrayList<>(m.menteeIds().size());
        for (String personId : new LinkedHashSet<>(m.menteeIds())) {
            facts.add(new PairedMentee(personId, m));
        }
        return facts;
    }
}
