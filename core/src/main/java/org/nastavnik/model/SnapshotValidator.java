package org.nastavnik.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Checks a snapshot as a whole: unique ids, references that resolve, dates in possible order. */
final class SnapshotValidator {
    private final Snapshot s;
    private final List<Problem> problems = new ArrayList<>();
    private Set<String> organizations;
    private Set<String> people;
    /** The mentorships by id (the first of a duplicated id), blank ids included. */
    private Map<String, Mentorship> mentorships;
    private Set<String> programmes;
    private Set<String> roadmapIds;
    private final Map<String, Set<String>> activityNumbers = new HashMap<>();

    private SnapshotValidator(Snapshot snapshot) {
        this.s = snapshot;
    }

    static List<Problem> validate(Snapshot snapshot) {
        SnapshotValidator v = new SnapshotValidator(snapshot);
        v.run();
        return List.copyOf(v.problems);
    }

    /*
     * Paths are built only for a problem found: most snapshots have none, and building them for
     * every field checked cost more than the checks. The checks are split in small methods,
     * which the JIT compiles sooner than one long one.
     */
    private void run() {
        new Bounds(problems).snapshot(s);
        uniqueIds();
        people();
        rolesAndConsents();
        mentorships();
        meetings();
        records();
        territoryRecords();
    }

    private void uniqueIds() {
        organizations = ids("organizations", s.organizations(), Organization::id);
        people = ids("people", s.people(), Person::id);
        mentorships = new HashMap<>(capacity(s.mentorships().size()));
        for (int i = 0; i < s.mentorships().size(); i++) {
            Mentorship m = s.mentorships().get(i);
            String id = m.id();
            Mentorship first = mentorships.putIfAbsent(id, m);
            if (id.isBlank()) {
                add("mentorships[" + i + "].id", id, "must not be blank");
            } else if (first != null) {
                add("mentorships[" + i + "].id", id, "duplicate id in mentorships");
            }
        }
        ids("meetings", s.meetings(), Meeting::id);
        programmes = ids("programmes", s.programmes(), Programme::id);
        ids("monitoringReports", s.monitoringReports(), MonitoringReport::id);
        ids("agreements", s.agreements(), Agreement::id);
        roadmapIds = ids("roadmaps", s.roadmaps(), Roadmap::id);
        for (int i = 0; i < s.roadmaps().size(); i++) {
            Roadmap r = s.roadmaps().get(i);
            Set<String> numbers = new HashSet<>();
            for (int j = 0; j < r.activities().size(); j++) {
                String number = r.activities().get(j).number();
                if (!numbers.add(number)) {
                    add("roadmaps[" + i + "].activities[" + j + "].number", number,
                            "duplicate activity number in roadmap " + r.id());
                }
            }
            activityNumbers.putIfAbsent(r.id(), numbers);
        }
    }

    private void people() {
        LocalDate asOf = s.asOf();
        for (int i = 0; i < s.people().size(); i++) {
            Person p = s.people().get(i);
            ref("people", i, ".organizationId", p.organizationId(), organizations, "organization");
            if (p.birthDate().isPresent() && p.birthDate().get().isAfter(asOf)) {
                problems.add(Problem.withheld("people[" + i + "].birthDate", "is after the snapshot date " + asOf));
            }
            if (p.experienceYears().isPresent() && p.experienceYears().getAsInt() < 0) {
                add("people[" + i + "].experienceYears", p.experienceYears().getAsInt(), "must not be negative");
            }
            if (p.grade().isPresent() && p.grade().getAsInt() < 1) {
                add("people[" + i + "].grade", p.grade().getAsInt(), "must be 1 or more");
            }
        }
    }

    private void rolesAndConsents() {
        for (int i = 0; i < s.curatorAppointments().size(); i++) {
            CuratorAppointment c = s.curatorAppointments().get(i);
            ref("curatorAppointments", i, ".personId", c.personId(), people, "person");
            ref("curatorAppointments", i, ".organizationId", c.organizationId(), organizations, "organization");
            notBefore("curatorAppointments", i, ".endedOn", c.endedOn(), c.appointedOn(), "appointedOn");
        }
        for (int i = 0; i < s.registry().size(); i++) {
            RegistryEntry e = s.registry().get(i);
            ref("registry", i, ".personId", e.personId(), people, "person");
            ref("registry", i, ".organizationId", e.organizationId(), organizations, "organization");
            notBefore("registry", i, ".excludedOn", e.excludedOn(), e.includedOn(), "includedOn");
            if (e.capacity().isPresent() && e.capacity().getAsInt() < 1) {
                add("registry[" + i + "].capacity", e.capacity().getAsInt(), "must be 1 or more");
            }
            List<String> requests = e.partnerRequests();
            for (int j = 0; j < requests.size(); j++) {
                if (!people.contains(requests.get(j))) {
                    add("registry[" + i + "].partnerRequests[" + j + "]", requests.get(j), "no person has this id");
                }
            }
        }
        for (int i = 0; i < s.consents().size(); i++) {
            Consent c = s.consents().get(i);
            ref("consents", i, ".personId", c.personId(), people, "person");
            notBefore("consents", i, ".withdrawnOn", c.withdrawnOn(), c.givenOn(), "givenOn");
        }
        for (int i = 0; i < s.formAdoptions().size(); i++) {
            ref("formAdoptions", i, ".organizationId", s.formAdoptions().get(i).organizationId(), organizations,
                    "organization");
        }
    }

    private void mentorships() {
        for (int i = 0; i < s.mentorships().size(); i++) {
            Mentorship m = s.mentorships().get(i);
            ref("mentorships", i, ".organizationId", m.organizationId(), organizations, "organization");
            ref("mentorships", i, ".mentorId", m.mentorId(), people, "person");
            List<String> mentees = m.menteeIds();
            for (int j = 0; j < mentees.size(); j++) {
                if (!people.contains(mentees.get(j))) {
                    add("mentorships[" + i + "].menteeIds[" + j + "]", mentees.get(j), "no person has this id");
                }
            }
            if (mentees.size() > 1) {
                Set<String> seen = new HashSet<>();
                for (int j = 0; j < mentees.size(); j++) {
                    if (!seen.add(mentees.get(j))) {
                        add("mentorships[" + i + "].menteeIds[" + j + "]", mentees.get(j),
                                "the same mentee is listed twice");
                    }
                }
            }
            if (m.programmeId().isPresent()) {
                ref("mentorships", i, ".programmeId", m.programmeId().get(), programmes, "programme");
            }
            notBefore("mentorships", i, ".completedOn", m.completedOn(), m.formedOn(), "formedOn");
        }
    }

    private void meetings() {
        for (int i = 0; i < s.meetings().size(); i++) {
            Meeting m = s.meetings().get(i);
            Mentorship owner = mentorships.get(m.mentorshipId());
            if (owner == null) {
                add("meetings[" + i + "].mentorshipId", m.mentorshipId(), "no mentorship has this id");
                continue;
            }
            LocalDate date = m.date();
            if (date.isBefore(owner.formedOn())) {
                add("meetings[" + i + "].date", date, "is before its mentorship " + owner.id() + " was formed ("
                        + owner.formedOn() + ")");
            }
            if (owner.completedOn().isPresent() && date.isAfter(owner.completedOn().get())) {
                add("meetings[" + i + "].date", date, "is after its mentorship " + owner.id() + " completed ("
                        + owner.completedOn().get() + ")");
            }
        }
    }

    private void records() {
        for (int i = 0; i < s.trainings().size(); i++) {
            ref("trainings", i, ".personId", s.trainings().get(i).personId(), people, "person");
        }
        for (int i = 0; i < s.programmes().size(); i++) {
            ref("programmes", i, ".organizationId", s.programmes().get(i).organizationId(), organizations,
                    "organization");
        }
        for (int i = 0; i < s.monitoringReports().size(); i++) {
            MonitoringReport r = s.monitoringReports().get(i);
            ref("monitoringReports", i, ".organizationId", r.organizationId(), organizations, "organization");
            if (r.mentorshipId().isPresent()) {
                ref("monitoringReports", i, ".mentorshipId", r.mentorshipId().get(), mentorships.keySet(),
                        "mentorship");
            }
        }
        for (int i = 0; i < s.listUpdates().size(); i++) {
            ref("listUpdates", i, ".organizationId", s.listUpdates().get(i).organizationId(), organizations,
                    "organization");
        }
        for (int i = 0; i < s.localActs().size(); i++) {
            ref("localActs", i, ".organizationId", s.localActs().get(i).organizationId(), organizations,
                    "organization");
        }
        for (int i = 0; i < s.agreements().size(); i++) {
            Agreement a = s.agreements().get(i);
            ref("agreements", i, ".organizationId", a.organizationId(), organizations, "organization");
            ref("agreements", i, ".partnerId", a.partnerId(), organizations, "organization");
            notBefore("agreements", i, ".validUntil", a.validUntil(), a.signedOn(), "signedOn");
        }
    }

    private void territoryRecords() {
        for (int i = 0; i < s.completions().size(); i++) {
            Completion c = s.completions().get(i);
            if (ref("completions", i, ".roadmapId", c.roadmapId(), roadmapIds, "roadmap")
                    && !activityNumbers.getOrDefault(c.roadmapId(), Set.of()).contains(c.activityNumber())) {
                add("completions[" + i + "].activityNumber", c.activityNumber(), "roadmap " + c.roadmapId()
                        + " has no activity with this number");
            }
            if (c.organizationId().isPresent()) {
                ref("completions", i, ".organizationId", c.organizationId().get(), organizations, "organization");
            }
        }
        // targetPercent: Bounds
        for (int i = 0; i < s.indicatorValues().size(); i++) {
            IndicatorValue v = s.indicatorValues().get(i);
            String path = "indicatorValues[" + i + "]";
            if (v.organizationId().isPresent()) {
                ref("indicatorValues", i, ".organizationId", v.organizationId().get(), organizations, "organization");
            }
            if (v.total() < 0) {
                add(path + ".total", v.total(), "must not be negative");
            }
            if (v.involved() < 0 || v.involved() > Math.max(v.total(), 0)) {
                add(path + ".involved", v.involved(), "must be from 0 to total (" + v.total() + ")");
            }
        }
    }

    /** @return a hash capacity that holds {@code n} entries without rehashing */
    private static int capacity(int n) {
        return n < 3 ? 4 : (int) (n / 0.75f) + 1;
    }

    private <T> Set<String> ids(String collection, List<T> items, Function<T, String> id) {
        Set<String> seen = new HashSet<>(capacity(items.size()));
        for (int i = 0; i < items.size(); i++) {
            String value = id.apply(items.get(i));
            if (value.isBlank()) {
                add(collection + "[" + i + "].id", value, "must not be blank");
            } else if (!seen.add(value)) {
                add(collection + "[" + i + "].id", value, "duplicate id in " + collection);
            }
        }
        return seen;
    }

    /**
     * Reports {@code value} at {@code collection[index]field} unless it is among the known ids.
     *
     * @return whether the id is known
     */
    private boolean ref(String collection, int index, String field, String value, Set<String> known, String what) {
        if (!known.contains(value)) {
            add(collection + "[" + index + "]" + field, value, "no " + what + " has this id");
            return false;
        }
        return true;
    }

    private void notBefore(String collection, int index, String field, Optional<LocalDate> later, LocalDate earlier,
            String earlierName) {
        if (later.isPresent() && later.get().isBefore(earlier)) {
            add(collection + "[" + index + "]" + field, later.get(), "is before " + earlierName + " (" + earlier + ")");
        }
    }

    private void add(String path, Object value, String reason) {
        problems.add(Problem.of(path, value, reason));
    }
}
