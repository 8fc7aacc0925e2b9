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
        Map<String, List<Meeting>> byPair = new HashMap<>(snapshot.mentorships().size() * 4 / 3 + 1);
        // Records usually come grouped by pair: one hash lookup per run of a pair's meetings, not
        // per meeting (a region has 200,000 meetings).
        String runPair = null;
        List<Meeting> run = null;
        for (Meeting m : snapshot.meetings()) {
            if (!m.mentorshipId().equals(runPair)) {
                runPair = m.mentorshipId();
                run = byPair.computeIfAbsent(runPair, k -> new ArrayList<>(6));
            }
            run.add(m);
        }
        for (Mentorship pair : snapshot.mentorships()) {
            List<Meeting> list = byPair.get(pair.id());
            out.accept(new MentorshipMeetings(pair, list == null ? new ArrayList<>(0) : list));
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
