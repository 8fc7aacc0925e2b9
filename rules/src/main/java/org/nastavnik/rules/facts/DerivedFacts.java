package org.nastavnik.rules.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;
import org.nastavnik.model.Mentorship;
import org.nastavnik.model.Roadmap;
import org.nastavnik.model.Snapshot;

/**
 * The derivations one check or session needs: those whose facts some rule matches. A check
 * {@linkplain #insertAll inserts} the facts derived from the whole snapshot once; a session
 * counts records in and out and {@linkplain #flush flushes} before rules fire, inserting,
 * updating and deleting only the facts of the keys a change touched.
 */
final class DerivedFacts {

    private final List<Derivation> derivations;
    /**
     * Per derivation, the handles of the facts inserted for each key (sessions only): the handle
     * of the one fact most keys have, or a list of several.
     */
    private final List<Map<Object, Object>> handles = new ArrayList<>();

    private DerivedFacts(List<Derivation> derivations) {
        this.derivations = derivations;
        derivations.forEach(d -> handles.add(new HashMap<>()));
    }

    /** @return fresh derivations of the facts that the engine's rules match */
    static DerivedFacts of(FactTypes types) {
        List<Derivation> all = List.of(new EventLedger(),
                new PerRecord<>(Roadmap.class, RoadmapActivity.class, Roadmap::id, Snapshot::roadmaps, RoadmapActivity::of),
                new MeetingsByMentorship(),
                new PerRecord<>(Mentorship.class, PairedMentee.class, Mentorship::id, Snapshot::mentorships, PairedMentee::of),
                new ParticipantsOfPairs(), new PairFormationDays());
        List<Derivation> used = new ArrayList<>();
        for (Derivation d : all) {
            if (types.matchesClass(d.factClass())) {
                used.add(d);
            }
        }
        return new DerivedFacts(used);
    }

    /** Counts a record in. */
    void add(Object record) {
        for (Derivation d : derivations) {
            d.add(record);
        }
    }

    /** Counts a record out; it must have been counted in. */
    void remove(Object record) {
        for (Derivation d : derivations) {
            d.remove(record);
        }
    }

    /** Passes every fact derived from a snapshot to {@code insert}: for a check that inserts them once. */
    void insertAll(Snapshot snapshot, Consumer<Object> insert) {
        for (Derivation d : derivations) {
            d.deriveAll(snapshot, insert);
        }
    }

    /** Brings the session's derived facts up to date with the records counted since the last flush. */
    void flush(KieSession session) {
        for (int i = 0; i < derivations.size(); i++) {
            Derivation d = derivations.get(i);
            Map<Object, Object> byKey = handles.get(i);
            for (Object key : d.drainChanged()) {
                List<?> facts = d.facts(key);
                List<FactHandle> old = handlesOf(byKey.get(key));
                List<FactHandle> now = new ArrayList<>(facts.size());
                for (int k = 0; k < Math.max(facts.size(), old.size()); k++) {
                    if (k < facts.size() && k < old.size()) {
                        session.update(old.get(k), facts.get(k));
                        now.add(old.get(k));
                    } else if (k < facts.size()) {
                        now.add(session.insert(facts.get(k)));
                    } else {
                        session.delete(old.get(k));
                    }
                }
                if (now.isEmpty()) {
                    byKey.remove(key);
                } else {
                    byKey.put(key, now.size() == 1 ? now.get(0) : now);
                }
            }
        }
    }

    /** @return the handles held for a key: none, one or several */
    @SuppressWarnings("unchecked")
    private static List<FactHandle> handlesOf(Object held) {
        if (held == null) {
            return List.of();
        }
        return held instanceof FactHandle one ? List.of(one) : (List<FactHandle>) held;
    }
}
