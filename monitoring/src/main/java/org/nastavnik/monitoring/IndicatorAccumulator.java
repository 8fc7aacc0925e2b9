package org.nastavnik.monitoring;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.nastavnik.model.Mentorship;
import org.nastavnik.model.Organization;
import org.nastavnik.model.Person;
import org.nastavnik.model.Snapshot;
import org.nastavnik.rules.Change;

/**
 * The indicators kept current from the same {@link Change}s a {@code ComplianceSession} takes:
 * a change of a pair, a person or an organization recounts only the organizations it touches,
 * and the sums of municipality, region and territory move by the difference. After any sequence
 * of changes, {@link #result()} equals {@link Monitoring#measure} of the snapshot with the same
 * changes applied. Other records are ignored. Not thread-safe.
 */
public final class IndicatorAccumulator {
    private final LocalDate asOf;
    private final MonitoringProfile profile;
    private final Map<String, Organization> organizations = new LinkedHashMap<>();
    private final Map<String, Person> people = new HashMap<>();
    private final Map<String, Mentorship> mentorships = new HashMap<>();
    private final Map<String, Map<String, Mentorship>> byOrganization = new HashMap<>();
    /** The organizations whose pairs name a person. */
    private final Map<String, Set<String>> organizationsOfPerson = new HashMap<>();
    private final Set<String> dirty = new LinkedHashSet<>();
    private final Rollup rollup = new Rollup();

    IndicatorAccumulator(Snapshot snapshot, LocalDate asOf, MonitoringProfile profile) {
        this.asOf = Objects.requireNonNull(asOf, "asOf");
        this.profile = profile;
        snapshot.organizations().forEach(o -> organizations.put(o.id(), o));
        snapshot.people().forEach(p -> people.put(p.id(), p));
        snapshot.mentorships().forEach(this::index);
        dirty.addAll(organizations.keySet());
        recount();
    }

    /**
     * Applies a change; records other than organizations, people and pairs are ignored.
     *
     * @param change  the change, not null
     * @return the change that undoes it (the record it replaced or removed), or null when there was none
     */
    public Change apply(Change change) {
        Objects.requireNonNull(change, "change");
        Object r = change.record();
        boolean put = change.kind() == Change.Kind.PUT;
        if (r instanceof Mentorship m) {
            Mentorship old = mentorships.get(m.id());
            if (old != null) {
                unindex(old);
            }
            if (put) {
                index(m);
            }
            return old != null ? Change.put(old) : put ? Change.remove(m) : null;
        } else if (r instanceof Person p) {
            Person old = put ? people.put(p.id(), p) : people.remove(p.id());
            dirty.addAll(organizationsOfPerson.getOrDefault(p.id(), Set.of()));
            return old != null ? Change.put(old) : put ? Change.remove(p) : null;
        } else if (r instanceof Organization o) {
            Organization old = put ? organizations.put(o.id(), o) : organizations.remove(o.id());
            dirty.add(o.id());
            return old != null ? Change.put(old) : put ? Change.remove(o) : null;
        }
        return null;
    }

    private void index(Mentorship m) {
        mentorships.put(m.id(), m);
        byOrganization.computeIfAbsent(m.organizationId(), k -> new HashMap<>()).put(m.id(), m);
        organizationsOfPerson.computeIfAbsent(m.mentorId(), k -> new HashSet<>(2)).add(m.organizationId());
        for (String id : m.menteeIds()) {
            organizationsOfPerson.computeIfAbsent(id, k -> new HashSet<>(2)).add(m.organizationId());
        }
        dirty.add(m.organizationId());
    }

    private void unindex(Mentorship m) {
        mentorships.remove(m.id());
        Map<String, Mentorship> of = byOrganization.get(m.organizationId());
        if (of != null) {
            of.remove(m.id());
        }
        dirty.add(m.organizationId());
        // organizationsOfPerson keeps stale entries: they only cause a needless recount
    }

    /** @return the ids of the organizations recounted */
    Set<String> recount() {
        Set<String> done = new LinkedHashSet<>(dirty);
        for (String id : dirty) {
            Organization o = organizations.get(id);
            if (o == null || !o.implementsModel()) {
                rollup.remove(id);
            } else {
                rollup.put(o, Counter.count(o, byOrganization.getOrDefault(id, Map.of()).values(), people::get, asOf,
                        profile, null));
            }
        }
        dirty.clear();
        return done;
    }

    /** @return the indicators as they stand after the changes applied */
    public MonitoringResult result() {
        recount();
        return rollup.result(asOf, profile);
    }

    Rollup rollup() {
        return rollup;
    }

    Organization organization(String id) {
        return organizations.get(id);
    }

    LocalDate asOf() {
        return asOf;
    }
}
