package org.nastavnik.suggest;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.nastavnik.model.Agreement;
import org.nastavnik.model.Consent;
import org.nastavnik.model.ConsentGiver;
import org.nastavnik.model.ConsentKind;
import org.nastavnik.model.FormAdoption;
import org.nastavnik.model.ImmutablePerson;
import org.nastavnik.model.ImmutableRegistryEntry;
import org.nastavnik.model.ImmutableSnapshot;
import org.nastavnik.model.MentoringForm;
import org.nastavnik.model.Mentorship;
import org.nastavnik.model.Organization;
import org.nastavnik.model.OrganizationKind;
import org.nastavnik.model.ParticipantCategory;
import org.nastavnik.model.ParticipantRole;
import org.nastavnik.model.Person;
import org.nastavnik.model.PersonKind;
import org.nastavnik.model.RegionCode;
import org.nastavnik.model.RegistryEntry;
import org.nastavnik.model.Snapshot;
import org.nastavnik.model.Territory;

/** Test snapshots with bases of mentors and mentees: by hand, or generated schools with planted defects. */
final class Pool {
    static final LocalDate DAY = LocalDate.of(2022, 9, 10);
    static final LocalDate YEAR = LocalDate.of(2022, 9, 1);
    static final List<String> SUBJECTS = List.of("математика", "физика", "русский язык", "история", "химия", "проекты");

    final ImmutableSnapshot.Builder b = Snapshot.builder().asOf(DAY).territory(Territory.municipality("31", "Город"));

    Pool school(String id) {
        b.addOrganizations(Organization.builder().id(id).name("Школа " + id).kind(OrganizationKind.SCHOOL)
                .region(RegionCode.of("31")).municipality("Город").build());
        return this;
    }

    Pool adopts(String org, MentoringForm form, LocalDate on) {
        b.addFormAdoptions(FormAdoption.builder().organizationId(org).form(form).adoptedOn(on).build());
        return this;
    }

    /** A student of a grade, born as grades go, with a legal representative's consent. */
    Pool student(String id, String org, int grade) {
        return add(Person.builder().id(id).kind(PersonKind.SCHOOL_STUDENT).organizationId(org).grade(grade)
                .birthDate(LocalDate.of(2015 - grade, 3, 1)).build(), ConsentGiver.LEGAL_REPRESENTATIVE, false);
    }

    /** A teacher with consents to personal data and extra duties. */
    Pool teacher(String id, String org, int experience) {
        return add(Person.builder().id(id).kind(PersonKind.TEACHER).organizationId(org).experienceYears(experience)
                .birthDate(LocalDate.of(1998 - experience, 5, 1)).build(), ConsentGiver.SELF, true);
    }

    Pool person(Person p) {
        b.addPeople(p);
        return this;
    }

    Pool add(Person p, ConsentGiver giver, boolean extraDuties) {
        b.addPeople(p);
        b.addConsents(Consent.builder().personId(p.id()).kind(ConsentKind.PERSONAL_DATA).givenBy(giver)
                .givenOn(YEAR.minusDays(20)).build());
        if (extraDuties) {
            b.addConsents(Consent.builder().personId(p.id()).kind(ConsentKind.EXTRA_DUTIES).givenBy(ConsentGiver.SELF)
                    .givenOn(YEAR.minusDays(20)).build());
        }
        return this;
    }

    Pool mentee(String id, String org, String... topics) {
        b.addRegistry(RegistryEntry.builder().personId(id).organizationId(org).role(ParticipantRole.MENTEE)
                .includedOn(YEAR).addTopics(topics).build());
        return this;
    }

    Pool mentor(String id, String org, int capacity, String... topics) {
        b.addRegistry(RegistryEntry.builder().personId(id).organizationId(org).role(ParticipantRole.MENTOR)
                .includedOn(YEAR).capacity(capacity).addTopics(topics).build());
        return this;
    }

    Pool entry(RegistryEntry e) {
        b.addRegistry(e);
        return this;
    }

    Snapshot snapshot() {
        return b.build();
    }

    /**
     * A generated school: students of grades 3..11 and teachers, bases of mentees and mentors for
     * both forms, with planted defects — missing or withdrawn consents, students under age,
     * misclassified young specialists, mentors younger than mentees, mentors with few places,
     * existing pairs, requests, topics, classes, outside mentors with and without agreements.
     */
    static Snapshot school(long seed, int students, int teachers) {
        SplittableRandom r = new SplittableRandom(seed);
        Pool p = new Pool();
        p.b.addOrganizations(Organization.builder().id("firm").name("Предприятие").kind(OrganizationKind.ENTERPRISE)
                .region(RegionCode.of("31")).municipality("Город").build());
        p.generated(r, "s", students, teachers);
        return p.snapshot();
    }

    /**
     * Generated schools {@code s}, {@code s1}, {@code s2}, … of one municipality (the people of
     * {@code s}k named {@code s}k{@code -…}), as {@link #school}; some neighbouring schools are under
     * a cooperation agreement, so that teachers may mentor across them.
     */
    static Snapshot municipality(long seed, int schools, int students, int teachers) {
        SplittableRandom r = new SplittableRandom(seed);
        Pool p = new Pool();
        p.b.addOrganizations(Organization.builder().id("firm").name("Предприятие").kind(OrganizationKind.ENTERPRISE)
                .region(RegionCode.of("31")).municipality("Город").build());
        for (int k = 0; k < schools; k++) {
            String org = k == 0 ? "s" : "s" + k;
            p.generated(r, org, students, teachers);
            if (k > 0 && r.nextInt(3) != 0) {
                p.b.addAgreements(Agreement.builder().id("agr-s" + k).organizationId(org)
                        .partnerId(k == 1 ? "s" : "s" + (k - 1)).signedOn(YEAR.minusDays(50)).build());
            }
        }
        return p.snapshot();
    }

    /** Adds one generated school to the pool. */
    private void generated(SplittableRandom r, String org, int students, int teachers) {
        Pool p = this;
        String prefix = org.equals("s") ? "" : org + "-";
        p.school(org);
        if (r.nextBoolean()) {
            p.b.addAgreements(Agreement.builder().id(prefix + "agr").organizationId(org).partnerId("firm")
                    .signedOn(YEAR.minusDays(100)).build());
        }
        p.adopts(org, MentoringForm.STUDENT_STUDENT, YEAR.minusDays(r.nextInt(30)));
        p.adopts(org, MentoringForm.TEACHER_TEACHER, YEAR.minusDays(r.nextInt(30)));
        for (int i = 0; i < students; i++) {
            String id = prefix + "st" + i;
            int grade = 3 + r.nextInt(9);
            ImmutablePerson.Builder person = Person.builder().id(id).kind(PersonKind.SCHOOL_STUDENT).organizationId(org)
                    .grade(grade).unit(grade + (r.nextBoolean() ? "А" : "Б"));
            // birth dates mostly by grade, sometimes odd (a mentor younger than a mentee)
            int year = r.nextInt(12) == 0 ? 2004 + r.nextInt(12) : 2015 - grade;
            person.birthDate(LocalDate.of(year, 1 + r.nextInt(12), 1 + r.nextInt(28)));
            if (r.nextInt(3) == 0) {
                person.addSubjects(SUBJECTS.get(r.nextInt(SUBJECTS.size())));
            }
            Person st = person.build();
            p.b.addPeople(st);
            consents(p, r, id, st.isMinorOn(DAY), false);
            ImmutableRegistryEntry.Builder e = RegistryEntry.builder().personId(id).organizationId(org)
                    .includedOn(YEAR.minusDays(r.nextInt(10))).form(MentoringForm.STUDENT_STUDENT);
            if (r.nextInt(10) == 0) {
                e.excludedOn(YEAR.plusDays(r.nextInt(20)));
            }
            if (grade <= 7 && r.nextInt(3) == 0) {
                e.role(ParticipantRole.MENTEE);
                if (r.nextBoolean()) {
                    e.addTopics(SUBJECTS.get(r.nextInt(SUBJECTS.size())));
                }
                if (r.nextInt(5) == 0 && i > 0) {
                    e.addPartnerRequests(prefix + "st" + r.nextInt(i));
                }
                p.b.addRegistry(e.build());
            } else if (grade >= 8 && r.nextInt(3) == 0) {
                e.role(ParticipantRole.MENTOR);
                if (r.nextBoolean()) {
                    e.capacity(1 + r.nextInt(3));
                }
                e.addTopics(SUBJECTS.get(r.nextInt(SUBJECTS.size())));
                p.b.addRegistry(e.build());
            }
        }
        for (int i = 0; i < teachers; i++) {
            String id = prefix + "t" + i;
            int experience = r.nextInt(30);
            ImmutablePerson.Builder person = Person.builder().id(id).kind(PersonKind.TEACHER).organizationId(org)
                    .experienceYears(experience).birthDate(LocalDate.of(1999 - experience, 1 + r.nextInt(12), 1))
                    .unit("МО " + SUBJECTS.get(r.nextInt(3))).addSubjects(SUBJECTS.get(r.nextInt(SUBJECTS.size())));
            boolean young = experience <= 3 || r.nextInt(15) == 0; // some counted as young beyond the limit
            if (young) {
                person.addCategories(ParticipantCategory.YOUNG_SPECIALIST);
            }
            p.b.addPeople(person.build());
            consents(p, r, id, false, true);
            ImmutableRegistryEntry.Builder e = RegistryEntry.builder().personId(id).organizationId(org)
                    .includedOn(YEAR.minusDays(5)).form(MentoringForm.TEACHER_TEACHER);
            if (young) {
                p.b.addRegistry(e.role(ParticipantRole.MENTEE).build());
            } else if (r.nextInt(3) == 0) {
                p.b.addRegistry(e.role(ParticipantRole.MENTOR).build());
            }
        }
        // outside mentors: employees of the firm in the school's base for the teacher form (no form admits them: filtered)
        // and lecturers, whom TEACHER_TEACHER does not admit either; a teacher of the firm needs the agreement
        for (int i = 0; i < 3; i++) {
            String id = prefix + "ext" + i;
            p.b.addPeople(Person.builder().id(id).kind(PersonKind.TEACHER).organizationId("firm").experienceYears(20).build());
            consents(p, r, id, false, true);
            p.b.addRegistry(RegistryEntry.builder().personId(id).organizationId(org).role(ParticipantRole.MENTOR)
                    .includedOn(YEAR).build());
        }
        // existing pairs: some mentors already busy
        for (int i = 0; i < 3; i++) {
            String mentor = prefix + "t" + (teachers - 1 - i);
            String mentee = prefix + "t" + i;
            p.b.addMentorships(Mentorship.builder().id(prefix + "old" + i).organizationId(org).form(MentoringForm.TEACHER_TEACHER)
                    .mentorId(mentor).addMenteeIds(mentee).formedOn(YEAR.minusDays(200)).build());
        }
    }

    private static void consents(Pool p, SplittableRandom r, String id, boolean minor, boolean teacher) {
        int x = r.nextInt(20);
        if (x == 0) {
            return; // none
        }
        org.nastavnik.model.ImmutableConsent.Builder c = Consent.builder().personId(id).kind(ConsentKind.PERSONAL_DATA)
                .givenBy(minor ? ConsentGiver.LEGAL_REPRESENTATIVE : ConsentGiver.SELF).givenOn(YEAR.minusDays(30));
        if (x == 1) {
            c.withdrawnOn(YEAR.plusDays(r.nextInt(5)));
        } else if (x == 2) {
            c.givenBy(minor ? ConsentGiver.SELF : ConsentGiver.LEGAL_REPRESENTATIVE); // the wrong giver
        }
        p.b.addConsents(c.build());
        if (teacher && r.nextInt(15) != 0) {
            p.b.addConsents(Consent.builder().personId(id).kind(ConsentKind.EXTRA_DUTIES).givenBy(ConsentGiver.SELF)
                    .givenOn(YEAR.plusDays(r.nextInt(20) - 10)).build());
        }
    }
}
