package org.nastavnik.rules.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.nastavnik.deadline.NamedEvent;
import org.nastavnik.model.CuratorAppointment;
import org.nastavnik.model.FormAdoption;
import org.nastavnik.model.Mentorship;
import org.nastavnik.model.Programme;
import org.nastavnik.model.Snapshot;

/**
 * Counts the records behind each date of each {@link RecordedEvents recorded event}, so that a
 * session learns in constant time whether a change adds or removes a distinct date. There is
 * always one fact per recorded event and one for {@link RecordedEvents#NONE}.
 */
final class EventLedger extends Derivation {

    private final Map<String, DayCounts> counts = new HashMap<>();

    /** The keys of the facts: one per recorded event, and {@link RecordedEvents#NONE}. */
    private static final List<String> KEYS = keys();

    EventLedger() {
        KEYS.forEach(this::changed);
    }

    private static List<String> keys() {
        List<String> keys = new ArrayList<>();
        RecordedEvents.RECORDED.forEach(e -> keys.add(e.name()));
        keys.add(RecordedEvents.NONE);
        return List.copyOf(keys);
    }

    @Override
    Class<?> factClass() {
        return RecordedEvents.class;
    }

    @Override
    void deriveAll(Snapshot snapshot, Consumer<Object> out) {
        snapshot.formAdoptions().forEach(this::add);
        snapshot.curatorAppointments().forEach(this::add);
        snapshot.mentorships().forEach(this::add);
        snapshot.programmes().forEach(this::add);
        KEYS.forEach(k -> facts(k).forEach(out));
    }

    @Override
    void add(Object record) {
        apply(record, 1);
    }

    @Override
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
        DayCounts days = counts.computeIfAbsent(event.name(), k -> new DayCounts());
        if (delta > 0 ? days.add(date) : days.remove(date)) {
            changed(event.name());
        }
    }

    @Override
    List<RecordedEvents> facts(Object key) {
        DayCounts days = counts.get(key);
        return List.of(new RecordedEvents((String) key, days == null ? List.of() : days.days()));
    }
}
