package org.nastavnik.examples.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.nastavnik.model.CuratorAppointment;
import org.nastavnik.model.FormAdoption;
import org.nastavnik.model.Meeting;
import org.nastavnik.model.MeetingKind;
import org.nastavnik.model.MentoringForm;
import org.nastavnik.model.Mentorship;
import org.nastavnik.model.Organization;
import org.nastavnik.model.Snapshot;
import org.nastavnik.rules.spi.RuleParameters;
import org.nastavnik.rules.SubjectRef;
import org.nastavnik.rules.SubjectType;

/**
 * The plain-Java reference a user would write instead of the engine, for a subset of the
 * federal rules ({@link #RULES}): loops over the snapshot with hash maps by organization. It
 * gives the same findings as the engine restricted to the same rules (rule, subjects and key;
 * no messages): the baseline the engine's speed is measured against. Thread-safe.
 */
public final class BaselineChecker {

    /** The rules the baseline implements. */
    public static final Set<String> RULES = Set.of("CURATOR_MISSING", "PAIR_FORMED_LATE", "PAIR_INCOMPLETE",
            "WORKING_MEETING_NO_FEEDBACK", "COMPLETED_WITHOUT_FINAL");

    private final int window;

    /** @param parameters  the parameters to read the pair window from, not null */
    public BaselineChecker(RuleParameters parameters) {
        this.window = parameters.pairWindowDays();
    }

    /**
     * A finding of the baseline: the rule and the key in the engine's format
     * ({@code RULE|organization:o1|mentorship:p1|dueOn=2021-09-15}).
     *
     * @param ruleId  the rule id
     * @param key  the key, as {@link org.nastavnik.rules.Finding#key()} would give it
     */
    public record Result(String ruleId, String key) {
    }

    /**
     * @param s  the snapshot, not null
     * @param asOf  the check date, not null
     * @return the findings of {@link #RULES}
     */
    public List<Result> check(Snapshot s, LocalDate asOf) {
        Objects.requireNonNull(s, "snapshot");
        Objects.requireNonNull(asOf, "asOf");
        List<Result> out = new ArrayList<>();
        curatorMissing(s, asOf, out);
        pairFormedLate(s, asOf, out);
        pairIncomplete(s, out);
        meetings(s, asOf, out);
        return out;
    }

    private static void curatorMissing(Snapshot s, LocalDate asOf, List<Result> out) {
        Map<String, Boolean> hasCurator = new HashMap<>();
        for (CuratorAppointment c : s.curatorAppointments()) {
            if (c.inForceOn(asOf)) {
                hasCurator.put(c.organizationId(), Boolean.TRUE);
            }
        }
        for (Organization o : s.organizations()) {
            if (o.implementsModel() && !hasCurator.containsKey(o.id())) {
                out.add(result("CURATOR_MISSING", List.of(SubjectRef.organization(o.id()))));
            }
        }
    }

    private void pairFormedLate(Snapshot s, LocalDate asOf, List<Result> out) {
        Map<String, List<FormAdoption>> adoptions = new HashMap<>();
        for (FormAdoption a : s.formAdoptions()) {
            adoptions.computeIfAbsent(a.organizationId() + "|" + a.form(), k -> new ArrayList<>()).add(a);
        }
        adoptions.values().forEach(l -> l.sort(Comparator.comparing(FormAdoption::adoptedOn)));
        Map<String, List<Mentorship>> pairs = new HashMap<>();
        for (Mentorship m : s.mentorships()) {
            pairs.computeIfAbsent(m.organizationId() + "|" + m.form(), k -> new ArrayList<>()).add(m);
            // the latest determination on or before the formation starts the clock
            FormAdoption latest = null;
            for (FormAdoption a : adoptions.getOrDefault(m.organizationId() + "|" + m.form(), List.of())) {
                if (!a.adoptedOn().isAfter(m.formedOn())) {
                    latest = a;
                }
            }
            if (latest != null && m.formedOn().isAfter(latest.adoptedOn().plusDays(window))) {
                out.add(result("PAIR_FORMED_LATE", List.of(SubjectRef.organization(m.organizationId()),
                        SubjectRef.mentorship(m.id())), "dueOn", latest.adoptedOn().plusDays(window)));
            }
        }
        for (List<FormAdoption> list : adoptions.values()) {
            for (FormAdoption a : list) {
                LocalDate due = a.adoptedOn().plusDays(window);
                if (!asOf.isAfter(due)) {
                    continue;
                }
                boolean formed = false;
                for (Mentorship m : pairs.getOrDefault(a.organizationId() + "|" + a.form(), List.of())) {
                    if (!m.formedOn().isBefore(a.adoptedOn()) && !m.formedOn().isAfter(asOf)) {
                        formed = true;
                        break;
                    }
                }
                if (!formed) {
                    out.add(result("PAIR_FORMED_LATE", List.of(SubjectRef.organization(a.organizationId())),
                            "form", a.form(), "dueOn", due));
                }
            }
        }
    }

    private static void pairIncomplete(Snapshot s, List<Result> out) {
        for (Mentorship m : s.mentorships()) {
            if (m.menteeIds().isEmpty() || m.menteeIds().contains(m.mentorId())) {
                out.add(result("PAIR_INCOMPLETE", List.of(SubjectRef.organization(m.organizationId()),
                        SubjectRef.mentorship(m.id()), SubjectRef.person(m.mentorId()))));
            }
        }
    }

    private static void meetings(Snapshot s, LocalDate asOf, List<Result> out) {
        Map<String, Mentorship> pairs = new HashMap<>();
        for (Mentorship m : s.mentorships()) {
            pairs.put(m.id(), m);
        }
        Map<String, List<LocalDate>> finals = new HashMap<>();
        for (Meeting w : s.meetings()) {
            Mentorship m = pairs.get(w.mentorshipId());
            if (w.kind() == MeetingKind.FINAL) {
                finals.computeIfAbsent(w.mentorshipId(), k -> new ArrayList<>()).add(w.date());
            } else if (w.kind() == MeetingKind.WORKING && (!w.confirmationFormFilled() || !w.feedbackRecorded())
                    && asOf.isAfter(w.date()) && m != null) {
                out.add(result("WORKING_MEETING_NO_FEEDBACK", List.of(SubjectRef.organization(m.organizationId()),
                        SubjectRef.mentorship(m.id()), SubjectRef.of(SubjectType.RECORD, w.id()))));
            }
        }
        for (Mentorship m : s.mentorships()) {
            if (m.completedOn().isEmpty() || m.completedOn().get().isAfter(asOf)) {
                continue;
            }
            boolean hasFinal = false;
            for (LocalDate d : finals.getOrDefault(m.id(), List.of())) {
                hasFinal |= !d.isAfter(m.completedOn().get());
            }
            if (!hasFinal) {
                out.add(result("COMPLETED_WITHOUT_FINAL", List.of(SubjectRef.organization(m.organizationId()),
                        SubjectRef.mentorship(m.id()))));
            }
        }
    }

    private static Result result(String ruleId, List<SubjectRef> subjects, Object... keyEvidence) {
        StringBuilder k = new StringBuilder(ruleId);
        for (SubjectRef ref : new TreeSet<>(subjects)) {
            k.append('|').append(ref);
        }
        for (int i = 0; i < keyEvidence.length; i += 2) {
            Object v = keyEvidence[i + 1];
            k.append('|').append(keyEvidence[i]).append('=').append(v instanceof MentoringForm f ? f.name() : v);
        }
        return new Result(ruleId, k.toString());
    }
}
