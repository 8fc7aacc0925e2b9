package org.nastavnik.rules;

import static org.nastavnik.rules.Fixtures.date;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.nastavnik.model.Consent;
import org.nastavnik.model.ConsentGiver;
import org.nastavnik.model.ConsentKind;
import org.nastavnik.model.DocumentRef;
import org.nastavnik.model.ImmutablePerson;
import org.nastavnik.model.ImmutableSnapshot;
import org.nastavnik.model.MentorTraining;
import org.nastavnik.model.MentoringForm;
import org.nastavnik.model.Mentorship;
import org.nastavnik.model.Organization;
import org.nastavnik.model.OrganizationKind;
import org.nastavnik.model.ParticipantCategory;
import org.nastavnik.model.Person;
import org.nastavnik.model.PersonKind;
import org.nastavnik.model.RegionCode;
import org.nastavnik.model.Snapshot;
import org.nastavnik.model.Territory;

/**
 * Small snapshots for the participant rules ({@code participants.drl}): a school s1, a second
 * school s2, a college c1 and an employer e1 in region 42; people and pairs added per test.
 * Pairs made here are approved by an order, and every person added through {@link Scenario}
 * gets every consent (personal data, own and by a legal representative; extra duties) and a
 * mentor training dated 01.01.2020 unless the test asks otherwise, so that a test sees only the
 * finding it is about.
 */
public final class ParticipantFixtures {

    /** The snapshot date. */
    public static final LocalDate SNAPSHOT_DATE = date("01.06.2023");

    private ParticipantFixtures() {
    }

    /** The ids of the rules in {@code participants.drl}. */
    public static final Set<String> RULES = Set.of("PAIR_NOT_APPROVED", "FORM_PARTICIPANT_MISMATCH", "MENTEE_UNDER_AGE",
            "MENTOR_UNDER_AGE", "YOUNG_SPECIALIST_MISCLASSIFIED", "MENTOR_OVERLOAD", "MINOR_PD_CONSENT_MISSING",
            "ADULT_PD_CONSENT_MISSING", "EXTRA_DUTY_CONSENT_MISSING", "MENTOR_NOT_TRAINED");

    /**
     * @return the keys of the report's findings (current and upcoming) of the participant rules,
     *     in report order: a compliant scenario has none, whatever other rule groups say
     */
    public static List<String> participantKeys(ComplianceReport report) {
        List<String> keys = new ArrayList<>();
        for (Finding f : report.findings()) {
            if (RULES.contains(f.ruleId())) {
                keys.add(f.key());
            }
        }
        for (Finding f : report.upcoming()) {
            if (RULES.contains(f.ruleId())) {
                keys.add(f.key());
            }
        }
        return keys;
    }

    /** @return the keys of the findings of one rule, in report order */
    public static List<String> keys(List<Finding> findings) {
        List<String> keys = new ArrayList<>();
        findings.forEach(f -> keys.add(f.key()));
        return keys;
    }

    public static Person schoolStudent(String id, String organizationId, String birthDate, int grade) {
        return Person.builder().id(id).kind(PersonKind.SCHOOL_STUDENT).organizationId(organizationId)
                .birthDate(date(birthDate)).grade(grade).build();
    }

    public static Person schoolStudentOfUnknownAge(String id, String organizationId) {
        return Person.builder().id(id).kind(PersonKind.SCHOOL_STUDENT).organizationId(organizationId).build();
    }

    public static Person collegeStudent(String id, String organizationId, String birthDate) {
        return Person.builder().id(id).kind(PersonKind.COLLEGE_STUDENT).organizationId(organizationId)
                .birthDate(date(birthDate)).build();
    }

    public static Person teacher(String id, String organizationId) {
        return Person.builder().id(id).kind(PersonKind.TEACHER).organizationId(organizationId).build();
    }

    public static ImmutablePerson.Builder teacherBuilder(String id, String organizationId) {
        return Person.builder().id(id).kind(PersonKind.TEACHER).organizationId(organizationId);
    }

    public static Person youngSpecialist(String id, String organizationId, int experienceYears) {
        return teacherBuilder(id, organizationId).experienceYears(experienceYears)
                .addCategories(ParticipantCategory.YOUNG_SPECIALIST).build();
    }

    public static Person employer(String id, String organizationId) {
        return Person.builder().id(id).kind(PersonKind.EMPLOYER_REPRESENTATIVE).organizationId(organizationId).build();
    }

    public static Mentorship pair(String id, MentoringForm form, String mentor, List<String> mentees, String formedOn) {
        return Mentorship.builder().id(id).organizationId("s1").form(form).mentorId(mentor).menteeIds(mentees)
                .formedOn(date(formedOn)).approvalOrder(DocumentRef.order("7", date(formedOn))).build();
    }

    public static Consent consent(String personId, ConsentKind kind, ConsentGiver givenBy, String givenOn) {
        return Consent.builder().personId(personId).kind(kind).givenBy(givenBy).givenOn(date(givenOn)).build();
    }

    public static Consent withdrawn(String personId, ConsentKind kind, ConsentGiver givenBy, String givenOn,
            String withdrawnOn) {
        return Consent.builder().personId(personId).kind(kind).givenBy(givenBy).givenOn(date(givenOn))
                .withdrawnOn(date(withdrawnOn)).build();
    }

    public static MentorTraining training(String personId, String completedOn) {
        return MentorTraining.builder().personId(personId).completedOn(date(completedOn)).build();
    }

    public static Organization organization(String id, OrganizationKind kind) {
        return Organization.builder().id(id).name("Organization " + id).kind(kind).region(RegionCode.of("42")).build();
    }

    /** A scenario: organizations, then people and pairs; consents and training are given by default. */
    public static Scenario scenario() {
        return new Scenario();
    }

    /** Builds a snapshot in a few lines; by default every participant has what the consent rules want. */
    public static final class Scenario {
        private final List<Person> people = new ArrayList<>();
        private final List<Mentorship> pairs = new ArrayList<>();
        private final List<Consent> consents = new ArrayList<>();
        private final List<MentorTraining> trainings = new ArrayList<>();
        private boolean autoConsents = true;
        private boolean autoTraining = true;

        Scenario person(Person p) {
            people.add(p);
            return this;
        }

        Scenario people(Person... ps) {
            for (Person p : ps) {
                person(p);
            }
            return this;
        }

        Scenario pair(Mentorship m) {
            pairs.add(m);
            return this;
        }

        Scenario consent(Consent c) {
            consents.add(c);
            return this;
        }

        Scenario training(MentorTraining t) {
            trainings.add(t);
            return this;
        }

        /** No consents are added by default: the test gives exactly those it wants. */
        Scenario withoutDefaultConsents() {
            autoConsents = false;
            return this;
        }

        /** No training is added by default: the test gives exactly the training it wants. */
        Scenario withoutDefaultTraining() {
            autoTraining = false;
            return this;
        }

        Snapshot build() {
            ImmutableSnapshot.Builder b = Snapshot.builder().asOf(SNAPSHOT_DATE).territory(Territory.region("42"))
                    .addOrganizations(Fixtures.school("s1"), Fixtures.school("s2"),
                            organization("c1", OrganizationKind.COLLEGE),
                            organization("e1", OrganizationKind.ENTERPRISE))
                    .addAllPeople(people).addAllMentorships(pairs).addAllConsents(consents).addAllTrainings(trainings);
            if (autoConsents) {
                for (Person p : people) {
                    b.addConsents(ParticipantFixtures.consent(p.id(), ConsentKind.PERSONAL_DATA, ConsentGiver.SELF, "01.01.2020"),
                            ParticipantFixtures.consent(p.id(), ConsentKind.PERSONAL_DATA, ConsentGiver.LEGAL_REPRESENTATIVE, "01.01.2020"),
                            ParticipantFixtures.consent(p.id(), ConsentKind.EXTRA_DUTIES, ConsentGiver.SELF, "01.01.2020"));
                }
            }
            if (autoTraining) {
                for (Person p : people) {
                    b.addTrainings(ParticipantFixtures.training(p.id(), "01.01.2020"));
                }
            }
            return b.build();
        }
    }
}
