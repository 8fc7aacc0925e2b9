package org.nastavnik.suggest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.nastavnik.model.Agreement;
import org.nastavnik.model.Consent;
import org.nastavnik.model.FormAdoption;
import org.nastavnik.model.ImmutableSnapshot;
import org.nastavnik.model.LocalAct;
import org.nastavnik.model.MentorTraining;
import org.nastavnik.model.Mentorship;
import org.nastavnik.model.Organization;
import org.nastavnik.model.Person;
import org.nastavnik.model.Programme;
import org.nastavnik.model.RegistryEntry;
import org.nastavnik.model.Snapshot;

/**
 * The part of a snapshot that the rules judging a pair at its formation read about some new
 * pairs: a small snapshot the engine checks instead of the whole one, whose cost grows with the
 * pairs judged rather than with the territory.
 *
 * <p>For the new pairs it holds
 * <ul>
 *   <li>their people, and every pair of the snapshot any of them takes part in (with its
 *       programme and its other people), so that a mentor's load counts all their pairs;</li>
 *   <li>the consents, trainings and entries in the bases of those people, and the people and
 *       organizations those entries name;</li>
 *   <li>every organization any of these records belongs to, with its forms adopted, its local
 *       acts and the cooperation agreements between two of them;</li>
 *   <li>the snapshot's date and territory.</li>
 * </ul>
 * Roadmaps, curators, meetings, monitoring, lists, completions and indicators are left out: no
 * rule about a pair at its formation reads them. The order of the records is fixed by the
 * pairs given. Indexes are built once; thread-safe after construction (the maps given are only read).
 */
final class Neighbourhood {

    private final Snapshot snapshot;
    private final Map<String, Person> people;
    private final Map<String, Organization> organizations;
    private final Map<String, List<Consent>> consentsOf;
    private final Map<String, Programme> programmes = new HashMap<>();
    private final Map<String, List<Integer>> pairsOf;
    private final Map<String, List<Integer>> trainingsOf;
    private final Map<String, List<Integer>> entriesOf;
    private final Map<String, List<Integer>> adoptionsOf;
    private final Map<String, List<Integer>> actsOf;
    private final Map<String, List<Integer>> agreementsOf;

    /** @param snapshot  the whole snapshot, whose records are indexed */
    Neighbourhood(Snapshot snapshot) {
        this(snapshot, byKey(snapshot.people(), Person::id), byKey(snapshot.organizations(), Organization::id),
                grouped(snapshot.consents(), Consent::personId));
    }

    /**
     * @param snapshot  the whole snapshot
     * @param people  its people by id, already indexed by the caller
     * @param organizations  its organizations by id
     * @param consents  its consents by the person's id, each list in the snapshot's order
     */
    Neighbourhood(Snapshot snapshot, Map<String, Person> people, Map<String, Organization> organizations,
            Map<String, List<Consent>> consents) {
        this.snapshot = snapshot;
        this.people = people;
        this.organizations = organizations;
        this.consentsOf = consents;
        snapshot.programmes().forEach(p -> programmes.put(p.id(), p));
        pairsOf = new HashMap<>();
        List<Mentorship> pairs = snapshot.mentorships();
        for (int i = 0; i < pairs.size(); i++) {
            for (String id : participants(pairs.get(i))) {
                pairsOf.computeIfAbsent(id, k -> new ArrayList<>()).add(i);
            }
        }
        trainingsOf = index(snapshot.trainings(), MentorTraining::personId);
        entriesOf = index(snapshot.registry(), RegistryEntry::personId);
        adoptionsOf = index(snapshot.formAdoptions(), FormAdoption::organizationId);
        actsOf = index(snapshot.localActs(), LocalAct::organizationId);
        Map<String, List<Integer>> agreements = new HashMap<>();
        for (int i = 0; i < snapshot.agreements().size(); i++) {
            Agreement a = snapshot.agreements().get(i);
            agreements.computeIfAbsent(a.organizationId(), k -> new ArrayList<>()).add(i);
            if (!a.partnerId().equals(a.organizationId())) {
                agreements.computeIfAbsent(a.partnerId(), k -> new ArrayList<>()).add(i);
            }
        }
        agreementsOf = agreements;
    }

    /**
     * @param added  the new pairs, whose ids are not in the snapshot and whose people and
     *     organizations are
     * @param withAdded  whether the new pairs are in the result, or only what they touch
     * @return the part of the snapshot the new pairs touch, with the new pairs if asked
     */
    Snapshot around(List<Mentorship> added, boolean withAdded) {
        Set<String> core = new TreeSet<>();
        added.forEach(m -> core.addAll(participants(m)));
        Set<Integer> pairIndexes = new TreeSet<>();
        core.forEach(id -> pairIndexes.addAll(pairsOf.getOrDefault(id, List.of())));
        Set<String> persons = new TreeSet<>(core);
        Set<String> orgs = new TreeSet<>();
        List<Mentorship> pairs = new ArrayList<>();
        Set<String> programmeIds = new TreeSet<>();
        for (int i : pairIndexes) {
            Mentorship m = snapshot.mentorships().get(i);
            pairs.add(m);
            persons.addAll(participants(m));
            orgs.add(m.organizationId());
            m.programmeId().ifPresent(programmeIds::add);
        }
        added.forEach(m -> orgs.add(m.organizationId()));
        List<RegistryEntry> entries = collect(persons, entriesOf, snapshot.registry());
        Set<String> named = new TreeSet<>();
        for (RegistryEntry e : entries) {
            orgs.add(e.organizationId());
            named.addAll(e.partnerRequests());
        }
        named.retainAll(people.keySet());
        persons.addAll(named);
        for (String id : persons) {
            orgs.add(people.get(id).organizationId());
        }
        List<Programme> progs = new ArrayList<>();
        for (String id : programmeIds) {
            Programme p = programmes.get(id);
            progs.add(p);
            orgs.add(p.organizationId());
        }
        Set<Integer> agreementIndexes = new TreeSet<>();
        orgs.forEach(o -> agreementIndexes.addAll(agreementsOf.getOrDefault(o, List.of())));
        List<Agreement> agreements = new ArrayList<>();
        for (int i : agreementIndexes) {
            Agreement a = snapshot.agreements().get(i);
            if (orgs.contains(a.organizationId()) && orgs.contains(a.partnerId())) {
                agreements.add(a);
            }
        }
        ImmutableSnapshot.Builder b = Snapshot.builder().asOf(snapshot.asOf()).territory(snapshot.territory());
        orgs.forEach(o -> b.addOrganizations(organizations.get(o)));
        persons.forEach(p -> b.addPeople(people.get(p)));
        persons.forEach(p -> b.addAllConsents(consentsOf.getOrDefault(p, List.of())));
        b.addAllTrainings(collect(persons, trainingsOf, snapshot.trainings()));
        b.addAllRegistry(entries);
        b.addAllFormAdoptions(collect(orgs, adoptionsOf, snapshot.formAdoptions()));
        b.addAllLocalActs(collect(orgs, actsOf, snapshot.localActs()));
        b.addAllAgreements(agreements);
        b.addAllProgrammes(progs);
        b.addAllMentorships(pairs);
        if (withAdded) {
            b.addAllMentorships(added);
        }
        return b.build();
    }

    private static Set<String> participants(Mentorship m) {
        Set<String> ids = new LinkedHashSet<>();
        ids.add(m.mentorId());
        ids.addAll(m.menteeIds());
        return ids;
    }

    private static <T> Map<String, T> byKey(List<T> records, Function<T, String> key) {
        Map<String, T> m = new HashMap<>(records.size() * 4 / 3 + 1);
        records.forEach(r -> m.put(key.apply(r), r));
        return m;
    }

    private static <T> Map<String, List<T>> grouped(List<T> records, Function<T, String> key) {
        Map<String, List<T>> m = new HashMap<>();
        records.forEach(r -> m.computeIfAbsent(key.apply(r), k -> new ArrayList<>()).add(r));
        return m;
    }

    private static <T> Map<String, List<Integer>> index(List<T> records, Function<T, String> key) {
        Map<String, List<Integer>> m = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            m.computeIfAbsent(key.apply(records.get(i)), k -> new ArrayList<>()).add(i);
        }
        return m;
    }

    /** @return the records of the keys, in their order in the snapshot */
    private static <T> List<T> collect(Collection<String> keys, Map<String, List<Integer>> index, List<T> records) {
        Set<Integer> at = new TreeSet<>();
        keys.forEach(k -> at.addAll(index.getOrDefault(k, List.of())));
        List<T> out = new ArrayList<>(at.size());
        at.forEach(i -> out.add(records.get(i)));
        return out;
    }
}
