package org.nastavnik.monitoring;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import org.nastavnik.model.DocumentRef;
import org.nastavnik.model.Headcount;
import org.nastavnik.model.IndicatorKind;
import org.nastavnik.common.Language;
import org.nastavnik.model.Mentorship;
import org.nastavnik.model.Organization;
import org.nastavnik.model.ParticipantCategory;
import org.nastavnik.model.Person;
import org.nastavnik.model.PersonKind;

/**
 * Counts one organization: the one definition of every number, used by the one-shot
 * measurement, the accumulator, the partitions and {@code explain} alike. With a trace it also
 * writes down each record counted.
 */
final class Counter {
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private Counter() {
    }

    /**
     * @param org  the organization
     * @param mentorships  its pairs and groups (those whose organizationId is its id)
     * @param people  finds a person by id, null when unknown
     * @param trace  receives the records counted, or null
     */
    static Tally count(Organization org, Iterable<Mentorship> mentorships, Function<String, Person> people,
            LocalDate asOf, MonitoringProfile profile, Trace trace) {
        Tally t = new Tally();
        t.organizations = 1;
        Set<String> mentors = new LinkedHashSet<>();
        Set<String> mentees = new LinkedHashSet<>();
        Set<String> orders = new HashSet<>();
        for (Mentorship m : mentorships) {
            if (m.formedOn().isAfter(asOf)) {
                continue;
            }
            boolean completed = m.completedOn().isPresent() && m.completedOn().get().isBefore(asOf);
            boolean group = m.isGroup();
            Measure measure = completed ? (group ? Measure.COMPLETED_GROUPS : Measure.COMPLETED_PAIRS)
                    : (group ? Measure.ACTIVE_GROUPS : Measure.ACTIVE_PAIRS);
            t.counts[measure.ordinal()]++;
            t.byForm[m.form().ordinal() * 4 + (completed ? 2 : 0) + (group ? 1 : 0)]++;
            if (trace != null) {
                trace.add(measure.name(), (group ? "группа " : "пара ") + m.id() + " («"
                        + m.form().displayName(Language.RU) + "»), сформирована " + DAY.format(m.formedOn())
                        + m.completedOn().map(c -> ", завершена " + DAY.format(c)).orElse(""));
            }
            if (m.approvalOrder().isPresent()
                    && m.approvalOrder().get().date().map(d -> !d.isAfter(asOf)).orElse(true)) {
                DocumentRef order = m.approvalOrder().get();
                t.counts[Measure.FIXED_BY_ORDER.ordinal()]++;
                String key = orderName(order);
                if (orders.add(key) && trace != null) {
                    trace.add(Measure.PAIR_ORDERS.name(), key);
                }
                if (trace != null) {
                    trace.add(Measure.FIXED_BY_ORDER.name(), m.id() + ": " + key);
                }
            }
            if (!completed) {
                mentors.add(m.mentorId());
                for (String id : m.menteeIds()) {
                    if (!id.equals(m.mentorId())) {
                        mentees.add(id);
                    }
                }
            }
        }
        t.counts[Measure.PAIR_ORDERS.ordinal()] = orders.size();
        t.counts[Measure.MENTORS.ordinal()] = mentors.size();
        t.counts[Measure.MENTEES.ordinal()] = mentees.size();
        if (trace != null) {
            mentors.forEach(id -> trace.add(Measure.MENTORS.name(), "наставник " + id));
            mentees.forEach(id -> trace.add(Measure.MENTEES.name(), "наставляемый " + id));
        }
        int students = 0;
        int teachers = 0;
        int young = 0;
        int maxExperience = profile.youngSpecialistMaxExperienceYears();
        for (String id : mentees) {
            Person p = people.apply(id);
            PersonKind kind = p == null ? PersonKind.OTHER : p.kind();
            Measure byKind = switch (kind) {
                case SCHOOL_STUDENT -> Measure.MENTEES_SCHOOL_STUDENTS;
                case COLLEGE_STUDENT -> Measure.MENTEES_COLLEGE_STUDENTS;
                case TEACHER, LECTURER, HEAD -> Measure.MENTEES_TEACHERS;
                default -> Measure.MENTEES_OTHER;
            };
            t.counts[byKind.ordinal()]++;
            if (trace != null) {
                trace.add(byKind.name(), "наставляемый " + id);
            }
            if (p == null || !p.organizationId().equals(org.id())) {
                continue; // a share counts the organization's own people only
            }
            OptionalInt age = p.ageOn(asOf);
            if (kind == PersonKind.SCHOOL_STUDENT && age.isPresent() && age.getAsInt() >= profile.studentAgeFrom()
                    && age.getAsInt() <= profile.studentAgeTo()) {
                students++;
                if (trace != null) {
                    trace.add(IndicatorKind.STUDENT_MENTEES.name(), "наставляемый " + id + ", " + age.getAsInt()
                            + " лет на " + DAY.format(asOf));
                }
            }
            if (isYoungSpecialist(p, maxExperience)) {
                young++;
                if (trace != null) {
                    trace.add(IndicatorKind.YOUNG_SPECIALIST_MENTEES.name(), "наставляемый " + id
                            + p.experienceYears().stream().mapToObj(e -> ", стаж " + e + " г.").findFirst()
                                    .orElse(", молодой специалист по категории"));
                }
            }
        }
        Set<String> engagedTeachers = new LinkedHashSet<>();
        for (String id : mentors) {
            addTeacher(id, org, people, engagedTeachers);
        }
        for (String id : mentees) {
            addTeacher(id, org, people, engagedTeachers);
        }
        teachers = engagedTeachers.size();
        if (trace != null) {
            engagedTeachers.forEach(id -> trace.add(IndicatorKind.TEACHER_PARTICIPANTS.name(),
                    "педагог " + id + (mentors.contains(id) ? ", наставник" : ", наставляемый")));
        }
        Headcount h = org.headcount().orElse(null);
        share(t, IndicatorKind.STUDENT_MENTEES, students,
                h == null ? OptionalInt.empty() : h.studentsAged(profile.studentAgeFrom(), profile.studentAgeTo()),
                h, "обучающихся " + profile.studentAgeFrom() + "–" + profile.studentAgeTo() + " лет", trace);
        share(t, IndicatorKind.TEACHER_PARTICIPANTS, teachers, h == null ? OptionalInt.empty() : h.teachers(), h,
                "педагогических работников", trace);
        share(t, IndicatorKind.YOUNG_SPECIALIST_MENTEES, young,
                h == null ? OptionalInt.empty() : h.youngSpecialists(), h, "молодых специалистов", trace);
        return t;
    }

    private static void addTeacher(String id, Organization org, Function<String, Person> people, Set<String> into) {
        Person p = people.apply(id);
        if (p != null && p.kind() == PersonKind.TEACHER && p.organizationId().equals(org.id())) {
            into.add(id);
        }
    }

    static boolean isYoungSpecialist(Person p, int maxExperience) {
        if (p.kind() != PersonKind.TEACHER && p.kind() != PersonKind.LECTURER) {
            return false;
        }
        if (p.experienceYears().isPresent()) {
            return p.experienceYears().getAsInt() <= maxExperience;
        }
        return p.categories().contains(ParticipantCategory.YOUNG_SPECIALIST);
    }

    private static void share(Tally t, IndicatorKind kind, int engaged, OptionalInt denominator, Headcount h,
            String what, Trace trace) {
        int i = Tally.share(kind);
        if (denominator.isPresent()) {
            t.involved[i] = engaged;
            t.total[i] = denominator.getAsInt();
            t.measured[i] = 1;
            if (trace != null) {
                trace.add(kind.name(), "знаменатель: " + what + " — " + denominator.getAsInt()
                        + " (численность на " + DAY.format(h.asOf()) + ")");
            }
        } else {
            t.unmeasured[i] = 1;
            if (trace != null) {
                trace.add(kind.name(), "знаменатель: нет данных о численности " + what
                        + " — организация не учитывается в доле");
            }
        }
    }

    static String orderName(DocumentRef order) {
        return "приказ" + order.number().map(n -> " № " + n).orElse("")
                + order.date().map(d -> " от " + DAY.format(d)).orElse("");
    }
}
