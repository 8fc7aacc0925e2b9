package org.nastavnik.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nastavnik.model.Mentorship;
import org.nastavnik.model.Person;

/**
 * One {@link PairParticipant} per distinct participant of each mentorship whose person is held,
 * keyed by the mentorship's id; a person changed changes the facts of every pair they are in.
 */
final class ParticipantsOfPairs extends Derivation {

    private final Map<String, Mentorship> pairs = new HashMap<>();
    private final Map<String, Person> people = new HashMap<>();
    /** The pairs each person takes part in, to know which facts a changed person touches (sessions only). */
    private final Map<String, Set<String>> pairsOf = new HashMap<>();

    @Override
    Class<?> factClass() {
        return PairParticipant.class;
    }

    @Override
    Collection<String> keys() {
        return pairs.keySet();
    }

    @Override
    void add(Object record) {
        if (record instanceof Mentorship m) {
            pairs.put(m.id(), m);
            if (tracking()) {
                Participants.participantIds(m).forEach(id -> pairsOf.computeIfAbsent(id, k -> new HashSet<>()).add(m.id()));
            }
            changed(m.id());
        } else if (record instanceof Person p) {
            people.put(p.id(), p);
            pairsOf.getOrDefault(p.id(), Set.of()).forEach(this::changed);
        }
    }

    @Override
    void remove(Object record) {
        if (record instanceof Mentorship m) {
            pairs.remove(m.id());
            if (tracking()) {
                for (String id : Participants.participantIds(m)) {
                    Set<String> of = pairsOf.get(id);
                    if (of != null && of.remove(m.id()) && of.isEmpty()) {
                        pairsOf.remove(id);
                    }
                }
            }
            changed(m.id());
        } else if (record instanceof Person p) {
            people.remove(p.id());
            pairsOf.getOrDefault(p.id(), Set.of()).forEach(this::changed);
        }
    }

    @Override
    List<PairParticipant> facts(Object key) {
        Mentorship m = pairs.get(key);
        if (m == null) {
            return List.of();
        }
        List<PairParticipant> facts = new ArrayList<>(1 + m.menteeIds().size());
        for (String id : Participants.participantIds(m)) {
            Person person = people.get(id);
            if (person != null) {
                facts.add(new PairParticipant(m, person));
            }
        }
        return facts;
    }
}
