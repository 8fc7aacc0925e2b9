package org.nastavnik.rules.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.nastavnik.model.Meeting;
import org.nastavnik.model.Mentorship;
import org.nastavnik.model.Snapshot;

/** One {@link MentorshipMeetings} per mentorship, with its meetings, keyed by the mentorship's id. */
final class MeetingsByMentorship extends Derivation {

    private final Map<String, Mentorship> pairs = new HashMap<>();
    private final Map<String, List<Meeting>> meetings = new HashMap<>();

    @Override
    Class<?> factClass() {
        return MentorshipMeetings.class;
    }

    @Override
    void deriveAll(Snapshot snapshot, Consumer<Object> out) {
        List<Mentorship> pairs = snapshot.mentorships();
        List<Meeting> meetings = snapshot.meetings();
        // Records usually come grouped by pair, in the order of the pairs: then each pair's
        // meetings are the next run of the list, found without hashing a region's 200,000 ids
        // and read while they are at hand. Any other order falls back to a map.
        List<MentorshipMeetings> facts = new ArrayList<>(pairs.size());
        int j = 0;
        for (Mentorship pair : pairs) {
            int start = j;
            String id = pair.id();
            while (j < meetings.size() && id.equals(meetings.get(j).mentorshipId())) {
                j++;
            }
            facts.add(new MentorshipMeetings(pair, meetings.subList(start, j))); // the snapshot's lists never change
        }
        if (j == meetings.size()) {
            facts.forEach(out);
            return;
        }
        Map<String, List<Meeting>> byPair = new HashMap<>(pairs.size() * 4 / 3 + 1);
        for (Meeting m : meetings) {
            byPair.computeIfAbsent(m.mentorshipId(), k -> new ArrayList<>(6)).add(m);
        }
        for (Mentorship pair : pairs) {
            List<Meeting> list = byPair.get(pair.id());
            out.accept(new MentorshipMeetings(pair, list == null ? List.of() : list));
        }
    }

    @Override
    void add(Object record) {
        if (record instanceof Mentorship p) {
            pairs.put(p.id(), p);
            changed(p.id());
        } else if (record instanceof Meeting m) {
            meetings.computeIfAbsent(m.mentorshipId(), k -> new ArrayList<>(6)).add(m);
            changed(m.mentorshipId());
        }
    }

    @Override
    void remove(Object record) {
        if (record instanceof Mentorship p) {
            pairs.remove(p.id());
            changed(p.id());
        } else if (record instanceof Meeting m) {
            List<Meeting> list = meetings.get(m.mentorshipId());
            if (list != null && list.remove(m) && list.isEmpty()) {
                meetings.remove(m.mentorshipId());
            }
            changed(m.mentorshipId());
        }
    }

    @Override
    List<MentorshipMeetings> facts(Object key) {
        Mentorship pair = pairs.get(key);
        if (pair == null) {
            return List.of();
        }
        return List.of(new MentorshipMeetings(pair, new ArrayList<>(meetings.getOrDefault(key, List.of()))));
    }
}
