package org.nastavnik.model;

import java.math.BigDecimal;
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

    private SnapshotValidator(Snapshot snapshot) {
        this.s = snapshot;
    }

    static List<Problem> validate(Snapshot snapshot) {
        SnapshotValidator v = new SnapshotValidator(snapshot);
        v.run();
        return List.copyOf(v.problems);
    }

    private void run() {
        Set<String> organizations = ids("organizations", s.organizations(), Organization::id);
        Set<String> people = ids("people", s.people(), Person::id);
        Map<String, Mentorship> mentorships = new HashMap<>();
        for (Mentorship m : s.mentorships()) {
            mentorships.putIfAbsent(m.id(), m);
        }
        ids("mentorships", s.mentorships(), Mentorship::id);
        ids("meetings", s.meetings(), Meeting::id);
        Set<String> programmes = ids("programmes", s.programmes(), Programme::id);
        ids("monitoringReports", s.monitoringReports(), MonitoringReport::id);
        ids("agreements", s.agreements(), Agreement::id);
        Set<String> roadmapIds = ids("roadmaps", s.roadmaps(), Roadmap::id);

        Map<String, Set<String>> activityNumbers = new HashMap<>();
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

        for (int i = 0; i < s.people().size(); i++) {
            Person p = s.people().get(i);
            String path = "people[" + i + "]";
            ref(path + ".organizationId", p.organizationId(), organizations, "organization");
            p.birthDate().ifPresent(b -> {
                if (b.isAfter(s.asOf())) {
                    add(path + ".birthDate", b, "is after the snapshot date " + s.asOf());
                }
            });
            if (p.experienceYears().isPresent() && p.experienceYears().getAsInt() < 0) {
                add(path + ".experienceYears", p.experienceYears().getAsInt(), "must not be negative");
            }
            if (p.grade().isPresent() && p.grade().getAsInt() < 1) {
                add(path + ".grade", p.grade().getAsInt(), "must be 1 or more");
            }
        }
        for (int i = 0; i < s.curatorAppointments().size(); i++) {
            CuratorAppointment c = s.curatorAppointments().get(i);
            String path = "curatorAppointments[" + i + "]";
            ref(path + ".personId", c.personId(), people, "person");
            ref(path + ".organizationId", c.organizationId(), organizations, "organization");
            notBefore(path + ".endedOn", c.endedOn(), c.appointedOn(), "appointedOn");
        }
        for (int i = 0; i < s.registry().size(); i++) {
            RegistryEntry e = s.registry().get(i);
            String path = "registry[" + i + "]";
            ref(path + ".personId", e.personId(), people, "person");
            ref(path + ".organizationId", e.organizationId(), organizations, "organization");
            notBefore(path + ".excludedOn", e.excludedOn(), e.includedOn(), "includedOn");
        }
        for (int i = 0; i < s.consents().size(); i++) {
            Consent c = s.consents().get(i);
            String path = "consents[" + i + "]";
            ref(path + ".personId", c.personId(), people, "person");
            notBefore(path + ".withdrawnOn", c.withdrawnOn(), c.givenOn(), "givenOn");
        }
        for (int i = 0; i < s.formAdoptions().size(); i++) {
            ref("formAdoptions[" + i + "].organizationId", s.formAdoptions().get(i).organizationId(), organizations,
                    "organization");
        }
        for (int i = 0; i < s.mentorships().size(); i++) {
            Mentorship m = s.mentorships().get(i);
            String path = "mentorships[" + i + "]";
            ref(path + ".organizationId", m.organizationId(), organizations, "organization");
            ref(path + ".mentorId", m.mentorId(), people, "person");
            for (int j = 0; j < m.menteeIds().size(); j++) {
                ref(path + ".menteeIds[" + j + "]", m.menteeIds().get(j), people, "person");
            }
            Set<String> seen = new HashSet<>();
            for (int j = 0; j < m.menteeIds().size(); j++) {
                if (!seen.add(m.menteeIds().get(j))) {
                    add(path + ".menteeIds[" + j + "]", m.menteeIds().get(j), "the same mentee is listed twice");
                }
            }
            m.programmeId().ifPresent(p -> ref(path + ".programmeId", p, programmes, "programme"));
            notBefore(path + ".completedOn", m.completedOn(), m.formedOn(), "formedOn");
        }
        for (int i = 0; i < s.meetings().size(); i++) {
            Meeting m = s.meetings().get(i);
            String path = "meetings[" + i + "]";
            Mentorship owner = mentorships.get(m.mentorshipId());
            if (owner == null) {
                add(path + ".mentorshipId", m.mentorshipId(), "no mentorship has this id");
                continue;
            }
            if (m.date().isBefore(owner.formedOn())) {
                add(path + ".date", m.date(), "is before its mentorship " + owner.id() + " was formed ("
                        + owner.formedOn() + ")");
            }
            owner.completedOn().ifPresent(c -> {
                if (m.date().isAfter(c)) {
                    add(path + ".date", m.date(), "is after its mentorship " + owner.id() + " completed (" + c + ")");
                }
            });
        }
        for (int i = 0; i < s.trainings().size(); i++) {
            ref("trainings[" + i + "].personId", s.trainings().get(i).personId(), people, "person");
        }
        for (int i = 0; i < s.programmes().size(); i++) {
            ref("programmes[" + i + "].organizationId", s.programmes().get(i).organizationId(), organizations,
                    "organization");
        }
        for (int i = 0; i < s.monitoringReports().size(); i++) {
            MonitoringReport r = s.monitoringReports().get(i);
            String path = "monitoringReports[" + i + "]";
            ref(path + ".organizationId", r.organizationId(), organizations, "organization");
            r.mentorshipId().ifPresent(m -> ref(path + ".mentorshipId", m, mentorships.keySet(), "mentorship"));
        }
        for (int i = 0; i < s.listUpdates().size(); i++) {
            ref("listUpdates[" + i + "].organizationId", s.listUpdates().get(i).organizationId(), organizations,
                    "organization");
        }
        for (int i = 0; i < s.localActs().size(); i++) {
            ref("localActs[" + i + "].organizationId", s.localActs().get(i).organizationId(), organizations,
                    "organization");
        }
        for (int i = 0; i < s.agreements().size(); i++) {
            Agreement a = s.agreements().get(i);
            String path = "agreements[" + i + "]";
            ref(path + ".organizationId", a.organizationId(), organizations, "organization");
            ref(path + ".partnerId", a.partnerId(), organizations, "organization");
            notBefore(path + ".validUntil", a.validUntil(), a.signedOn(), "signedOn");
        }
        for (int i = 0; i < s.completions().size(); i++) {
            Completion c = s.completions().get(i);
            String path = "completions[" + i + "]";
            if (ref(path + ".roadmapId", c.roadmapId(), roadmapIds, "roadmap")
                    && !activityNumbers.getOrDefault(c.roadmapId(), Set.of()).contains(c.activityNumber())) {
                add(path + ".activityNumber", c.activityNumber(), "roadmap " + c.roadmapId()
                        + " has no activity with this number");
            }
            c.organizationId().ifPresent(o -> ref(path + ".organizationId", o, organizations, "organization"));
        }
        for (int i = 0; i < s.targetIndicators().size(); i++) {
            BigDecimal t = s.targetIndicators().get(i).targetPercent();
            if (t.signum() < 0 || t.compareTo(BigDecimal.valueOf(100)) > 0) {
                add("targetIndicators[" + i + "].targetPercent", t.toPlainString(), "must be from 0 to 100");
            }
        }
        for (int i = 0; i < s.indicatorValues().size(); i++) {
            IndicatorValue v = s.indicatorValues().get(i);
            String path = "indicatorValues[" + i + "]";
            v.organizationId().ifPresent(o -> ref(path + ".organizationId", o, organizations, "organization"));
            if (v.total() < 0) {
                add(path + ".total", v.total(), "must not be negative");
            }
            if (v.involved() < 0 || v.involved() > Math.max(v.total(), 0)) {
                add(path + ".involved", v.involved(), "must be from 0 to total (" + v.total() + ")");
            }
        }
    }

    private <T> Set<String> ids(String collection, List<T> items, Function<T, String> id) {
        Set<String> seen = new HashSet<>();
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

    private boolean ref(String path, String value, Set<String> known, String what) {
        if (!known.contains(value)) {
            add(path, value, "no " + what + " has this id");
            return false;
        }
        return true;
    }

    private void notBefore(String path, Optional<LocalDate> later, LocalDate earlier, String earlierName) {
        later.ifPresent(l -> {
            if (l.isBefore(earlier)) {
                add(path, l, "is before " + earlierName + " (" + earlier + ")");
            }
        });
    }

    private void add(String path, Object value, String reason) {
        problems.add(Problem.of(path, value, reason));
    }
}
