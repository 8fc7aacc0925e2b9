package org.nastavnik.rules;

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
        int[] end = runsInPairOrder(pairs, meetings);
        if (end != null) {
            for (int i = 0, start = 0; i < pairs.size(); start = end[i++]) {
                out.accept(new MentorshipMeetings(pairs.get(i), new ArrayList<>(meetings.subList(start, end[i]))));
            }
            return;
        }
        Map<String, List<Meeting>> byPair = new HashMap<>(pairs.size() * 4 / 3 + 1);
        for (Meeting m : meetings) {
            byPair.computeIfAbsent(m.mentorshipId(), k -> new ArrayList<>(6)).add(m);
        }
        for (Mentorship pair : pairs) {
            List<Meeting> list = byPair.get(pair.id());
            out.accept(new MentorshipMeetings(pair, list == null ? new ArrayList<>(0) : list));
        }
    }

    /**
     * Records usually come grouped by pair, in the order of the pairs: then each pair's meetings
     * are one run of the list, found without hashing 200,000 ids (a region's meetings).
     *
     * @return the end (exclusive) of each pair's run of meetings, or null when the meetings are
     *     not grouped in the order of the pairs
     */
    private static int[] runsInPairOrder(List<Mentorship> pairs, List<Meeting> meetings) {
        int[] end = new int[pairs.size()];
        int j = 0;
        for (int i = 0; i < pairs.size(); i++) {
            String id = pairs.get(i).id();
            while (j < meetings.size() && id.equals(meetings.get(j).mentorshipId())) {
                j++;
            }
            end[i] = j;
        }
        return j == meetings.size() ? end : null;
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
