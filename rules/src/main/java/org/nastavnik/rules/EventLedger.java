package org.nastavnik.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.nastavnik.deadline.NamedEvent;
import org.nastavnik.model.CuratorAppointment;
import org.nastavnik.model.FormAdoption;
import org.nastavnik.model.Mentorship;
import org.nastavnik.model.Programme;

/**
 * Counts the records behind each date of each {@link RecordedEvents recorded event}, so that a
 * session learns in constant time whether a change adds or removes a distinct date.
 */
final class EventLedger {

    private final Map<String, TreeMap<LocalDate, Integer>> counts = new HashMap<>();
    private final Set<String> changed = new LinkedHashSet<>();

    /** Counts a record in; records that show no event are ignored. */
    void add(Object record) {
        apply(record, 1);
    }

    /** Counts a record out; it must have been counted in. */
    void remove(Object record) {
        apply(record, -1);
    }

    private void apply(Object record, int delta) {
        if (record instanceof FormAdoption a) {
            count(NamedEvent.FORM_ADOPTION, a.adoptedOn(), delta);
        } else if (record instanceof CuratorAppointment c) {
            count(NamedEvent.CURATOR_APPOINTMENT, c.appointedOn(), delta);
        } else if (record instanceof Mentorship m) {
            count(NamedEvent.PAIR_FORMATION, m.formedOn(), delta);
        } else if (record instanceof Programme p) {
            count(NamedEvent.PROGRAMME_START, p.period().startInclusive(), delta);
            count(NamedEvent.PROGRAMME_END, p.period().endInclusive(), delta);
        }
    }

    private void count(NamedEvent event, LocalDate date, int delta) {
        TreeMap<LocalDate, Integer> dates = counts.computeIfAbsent(event.name(), k -> new TreeMap<>());
        int before = dates.getOrDefault(date, 0);
        int after = before + delta;
        if (after <= 0) {
            dates.remove(date);
        } else {
            dates.put(date, after);
        }
        if ((before == 0) != (after <= 0)) {
            changed.add(event.name());
        }
    }

    /** @return the fact for one key, as the ledger stands */
    RecordedEvents facts(String key) {
        TreeMap<LocalDate, Integer> dates = counts.get(key);
        return new RecordedEvents(key, dates == null ? List.of() : new ArrayList<>(dates.keySet()));
    }

    /** @return one fact per recorded event and one for {@link RecordedEvents#NONE} */
    List<RecordedEvents> all() {
        List<RecordedEvents> all = new ArrayList<>();
        RecordedEvents.RECORDED.forEach(e -> all.add(facts(e.name())));
        all.add(facts(RecordedEvents.NONE));
        return all;
    }

    /** @return the keys whose dates changed since the last call, and forgets them */
    Set<String> drainChanged() {
        Set<String> result = Set.copyOf(changed);
        changed.clear();
        return result;
    }
}
