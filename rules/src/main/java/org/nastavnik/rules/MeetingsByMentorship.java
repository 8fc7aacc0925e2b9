package org.nastavnik.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nastavnik.model.Meeting;
import org.nastavnik.model.Mentorship;

/** One {@link MentorshipMeetings} per mentorship, with its meetings, keyed by the mentorship's id. */
final class MeetingsByMentorship extends Derivation {

    private final Map<String, Mentorship> pairs = new HashMap<>();
    private final Map<String, List<Meeting>> meetings = new HashMap<>();
    // The list of the last meeting's pair: records usually come grouped by pair, and a hash
    // lookup for each of a region's 200,000 meetings cost as much as a rule.
    private String lastPair;
    private List<Meeting> lastList;

    @Override
    java.util.Collection<String> keys() {
        return pairs.keySet();
    }

    @Override
    Class<?> factClass() {
        return MentorshipMeetings.class;
    }

    @Override
    void add(Object record) {
        if (record instanceof Mentorship p) {
            pairs.put(p.id(), p);
            changed(p.id());
        } else if (record instanceof Meeting m) {
            String pair = m.mentorshipId();
            if (!pair.equals(lastPair)) {
                lastPair = pair;
                lastList = meetings.computeIfAbsent(pair, k -> new ArrayList<>(6));
            }
            lastList.add(m);
            changed(pair);
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
                lastPair = null;
                lastList = null;
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
        List<Meeting> list = meetings.get(key);
        return List.of(new MentorshipMeetings(pair, list == null ? new ArrayList<>(0)
                : tracking() ? new ArrayList<>(list) : list));
    }
}
