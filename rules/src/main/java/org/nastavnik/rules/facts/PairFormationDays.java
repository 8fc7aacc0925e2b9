package org.nastavnik.rules.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.nastavnik.model.MentoringForm;
import org.nastavnik.model.Mentorship;
import org.nastavnik.model.Snapshot;

/** One {@link FormedPairs} per organization and form that has pairs, keyed by both. */
final class PairFormationDays extends Derivation {

    /** The key of a fact. */
    private record OrganizationForm(String organizationId, MentoringForm form) {
    }

    /** How many pairs were formed on each day, per organization and form (sessions). */
    private final Map<OrganizationForm, DayCounts> counts = new HashMap<>();

    @Override
    Class<?> factClass() {
        return FormedPairs.class;
    }

    @Override
    void deriveAll(Snapshot snapshot, Consumer<Object> out) {
        // days as epoch days in plain arrays: a region sorts 50,000 of them, and sorting longs
        // costs a fraction of sorting dates
        Map<String, EnumMap<MentoringForm, EpochDays>> byOrganization = new HashMap<>();
        String runOrganization = null;
        EnumMap<MentoringForm, EpochDays> run = null;
        for (Mentorship m : snapshot.mentorships()) { // usually grouped by organization: one lookup per run
            if (!m.organizationId().equals(runOrganization)) {
                runOrganization = m.organizationId();
                run = byOrganization.computeIfAbsent(runOrganization, k -> new EnumMap<>(MentoringForm.class));
            }
            EpochDays days = run.get(m.form());
            if (days == null) {
                days = new EpochDays();
                run.put(m.form(), days);
            }
            days.add(m.formedOn().toEpochDay());
        }
        byOrganization.forEach((organization, forms) -> forms.forEach((form, days) ->
                out.accept(new FormedPairs(organization, form, days.distinctAscending()))));
    }

    /** Epoch days, as they come. */
    private static final class EpochDays {
        private long[] days = new long[8];
        private int size;

        void add(long day) {
            if (size == days.length) {
                days = java.util.Arrays.copyOf(days, size * 2);
            }
            days[size++] = day;
        }

        List<LocalDate> distinctAscending() {
            java.util.Arrays.sort(days, 0, size);
            List<LocalDate> distinct = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                if (i == 0 || days[i] != days[i - 1]) {
                    distinct.add(LocalDate.ofEpochDay(days[i]));
                }
            }
            return distinct;
        }
    }

    @Override
    void add(Object record) {
        if (record instanceof Mentorship m) {
            OrganizationForm key = new OrganizationForm(m.organizationId(), m.form());
            if (counts.computeIfAbsent(key, k -> new DayCounts()).add(m.formedOn())) {
                changed(key);
            }
        }
    }

    @Override
    void remove(Object record) {
        if (record instanceof Mentorship m) {
            OrganizationForm key = new OrganizationForm(m.organizationId(), m.form());
            DayCounts days = counts.get(key);
            if (days != null && days.remove(m.formedOn())) {
                if (days.isEmpty()) {
                    counts.remove(key);
                }
                changed(key);
            }
        }
    }

    @Override
    List<FormedPairs> facts(Object key) {
        DayCounts days = counts.get(key);
        OrganizationForm k = (OrganizationForm) key;
        return days == null ? List.of() : List.of(new FormedPairs(k.organizationId(), k.form(), days.days()));
    }
}
