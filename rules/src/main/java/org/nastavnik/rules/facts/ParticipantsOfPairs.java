package org.nastavnik.rules.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.nastavnik.model.Mentorship;
import org.nastavnik.model.Person;
import org.nastavnik.model.Snapshot;

/**
 * One {@link PairParticipant} per distinct participant of each mentorship whose person is known,
 * keyed by the mentorship's id; a person changed changes the facts of every pair they are in.
 */
final class ParticipantsOfPairs extends Derivation {

    private final Map<String, Mentorship> pairs = new HashMap<>();
    private final Map<String, Person> people = new HashMap<>();
    /**
     * The pairs each person takes part in, to know which facts a changed person touches: the id
     * of the one pair most people are in, or a set of several ids.
     */
    private final Map<String, Object> pairsOf = new HashMap<>();

    @Override
    Class<?> factClass() {
        return PairParticipant.class;
    }

    @Override
    void deriveAll(Snapshot snapshot, Consumer<Object> out) {
        Map<String, Person> byId = new HashMap<>(snapshot.people().size() * 4 / 3 + 1);
        snapshot.people().forEach(p -> byId.put(p.id(), p));
        snapshot.mentorships().forEach(m -> of(m, byId).forEach(out));
    }

    @Override
    void add(Object record) {
        if (record instanceof Mentorship m) {
            pairs.put(m.id(), m);
            Participants.participantIds(m).forEach(id -> pairsOf.merge(id, m.id(), ParticipantsOfPairs::withPair));
            changed(m.id());
        } else if (record instanceof Person p) {
            people.put(p.id(), p);
            changedPairsOf(p.id());
        }
    }

    @Override
    void remove(Object record) {
        if (record instanceof Mentorship m) {
            pairs.remove(m.id());
            for (String id : Participants.participantIds(m)) {
                Object of = pairsOf.get(id);
                if (of instanceof String one) {
                    if (one.equals(m.id())) {
                        pairsOf.remove(id);
                    }
                } else if (of != null) {
                    Set<?> several = (Set<?>) of;
                    several.remove(m.id());
                    if (several.size() == 1) {
                        pairsOf.put(id, several.iterator().next());
                    }
                }
            }
            changed(m.id());
        } else if (record instanceof Person p) {
            people.remove(p.id());
            changedPairsOf(p.id());
        }
    }

    /** @return the pairs held for a person with one more pair */
    private static Object withPair(Object held, Object pair) {
        if (held instanceof String one) {
            if (one.equals(pair)) {
                return one;
            }
            Set<Object> several = new HashSet<>();
            several.add(one);
            several.add(pair);
            return several;
        }
        @SuppressWarnings("unchecked")
        Set<Object> several = (Set<Object>) held;
        several.add(pair);
        return several;
    }

    /** Marks the pairs of a person changed. */
    private void changedPairsOf(String personId) {
        Object of = pairsOf.get(personId);
        if (of instanceof String one) {
            changed(one);
        } else if (of != null) {
            ((Set<?>) of).forEach(this::changed);
        }
    }

    @Override
    List<PairParticipant> facts(Object key) {
        Mentorship m = pairs.get(key);
        return m == null ? List.of() : of(m, people);
    }

    private static List<PairParticipant> of(Mentorship m, Map<String, Person> people) {
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
