package org.nastavnik.examples.demo;

import java.time.LocalDate;
import java.util.List;
import org.nastavnik.model.Agreement;
import org.nastavnik.model.Completion;
import org.nastavnik.model.Consent;
import org.nastavnik.model.ConsentGiver;
import org.nastavnik.model.ConsentKind;
import org.nastavnik.model.CuratorAppointment;
import org.nastavnik.model.DocumentRef;
import org.nastavnik.model.FormAdoption;
import org.nastavnik.model.ImmutableSnapshot;
import org.nastavnik.model.ListKind;
import org.nastavnik.model.ListUpdate;
import org.nastavnik.model.LocalAct;
import org.nastavnik.model.LocalActKind;
import org.nastavnik.model.Meeting;
import org.nastavnik.model.MeetingKind;
import org.nastavnik.model.MentorTraining;
import org.nastavnik.model.MentoringForm;
import org.nastavnik.model.Mentorship;
import org.nastavnik.model.MonitoringKind;
import org.nastavnik.model.MonitoringReport;
import org.nastavnik.model.Organization;
import org.nastavnik.model.OrganizationKind;
import org.nastavnik.model.ParticipantCategory;
import org.nastavnik.model.ParticipantRole;
import org.nastavnik.model.Person;
import org.nastavnik.model.PersonKind;
import org.nastavnik.model.RegionCode;
import org.nastavnik.model.RegistryEntry;
import org.nastavnik.model.Roadmap;
import org.nastavnik.model.Snapshot;
import org.nastavnik.model.Territory;

/**
 * A sample municipality, Tashtagol district of the Kemerovo region, built around its real
 * roadmap (seed 001): an education authority, a municipal mentoring centre, three schools, a
 * college and a partner enterprise, with curators, forms adopted, pairs, meetings, consents and
 * reports. Some problems are there on purpose, so that the demo has something to find:
 * <ul>
 *   <li>school {@code s2} has no curator;</li>
 *   <li>pair {@code p2} was formed 20 days after its form was determined;</li>
 *   <li>mentee {@code s1-st-4} is a minor with no parent's consent to personal-data processing;</li>
 *   <li>pair {@code p1} held a working meeting before its planning meeting, without feedback;</li>
 *   <li>pair {@code p3} completed without a final meeting;</li>
 *   <li>mentee {@code s1-t-2} is counted as a young specialist with 6 years of experience;</li>
 *   <li>mentor {@code ent-1} comes from an enterprise with no cooperation agreement;</li>
 *   <li>the mentoring centre submitted its monthly report of 25 March 2022 three days late, on
 *   28 March, and skipped that of 25 April 2022;</li>
 *   <li>several roadmap activities have no completion.</li>
 * </ul>
 * People are identified by id only; the sample holds no names.
 */
public final class SampleMunicipality {
    /** The fixed date the demo checks as of. */
    public static final LocalDate AS_OF = LocalDate.of(2022, 6, 1);

    private static final RegionCode KEMEROVO = RegionCode.of("42");
    private static final String DISTRICT = "Таштагольский муниципальный район";

    private SampleMunicipality() {
    }

    /**
     * Builds the sample municipality.
     *
     * @param roadmap  the municipal roadmap of the district (seed 001, imported), not null
     * @return the snapshot as of {@link #AS_OF}
     */
    public static Snapshot snapshot(Roadmap roadmap) {
        ImmutableSnapshot.Builder b = Snapshot.builder()
                .asOf(AS_OF)
                .territory(Territory.municipality("42", DISTRICT))
                .addRoadmaps(roadmap);

        b.addOrganizations(
                org("uo", "Управление образования администрации Таштагольского муниципального района",
                        OrganizationKind.AUTHORITY),
                org("mnc", "Муниципальный наставнический центр", OrganizationKind.MENTORING_CENTRE),
                org("s1", "МБОУ «Средняя общеобразовательная школа № 1»", OrganizationKind.SCHOOL),
                org("s2", "МБОУ «Средняя общеобразовательная школа № 2»", OrganizationKind.SCHOOL),
                org("s3", "МБОУ «Основная общеобразовательная школа № 3»", OrganizationKind.SCHOOL),
                org("col", "ГПОУ «Таштагольский техникум горных технологий и сферы обслуживания»",
                        OrganizationKind.COLLEGE),
                org("ent", "АО «Шерегешское рудоуправление»", OrganizationKind.ENTERPRISE));

        // people: ids only
        b.addPeople(
                teacher("s1-cur", "s1", 15), teacher("s1-t-1", "s1", 22), teacher("s1-t-2", "s1", 6, ParticipantCategory.YOUNG_SPECIALIST),
                student("s1-st-1", "s1", LocalDate.of(2005, 3, 14), 11),
                student("s1-st-2", "s1", LocalDate.of(2010, 5, 2), 6),
                student("s1-st-3", "s1", LocalDate.of(2005, 11, 20), 11),
                student("s1-st-4", "s1", LocalDate.of(2011, 1, 9), 5),
                student("s1-st-5", "s1", LocalDate.of(2013, 2, 1), 3),
                teacher("s2-t-1", "s2", 12),
                student("s2-st-1", "s2", LocalDate.of(2006, 4, 4), 10),
                student("s2-st-2", "s2", LocalDate.of(2009, 9, 9), 7),
                teacher("s3-cur", "s3", 9), teacher("s3-t-1", "s3", 30), teacher("s3-t-2", "s3", 1),
                teacher("col-cur", "col", 11),
                Person.builder().id("col-st-1").kind(PersonKind.COLLEGE_STUDENT).organizationId("col")
                        .birthDate(LocalDate.of(2004, 6, 1)).grade(2).build(),
                Person.builder().id("ent-1").kind(PersonKind.EMPLOYER_REPRESENTATIVE).organizationId("ent")
                        .birthDate(LocalDate.of(1980, 2, 2)).build());

        // curators: s2 has none
        b.addCuratorAppointments(
                curator("s1-cur", "s1", "45/1", LocalDate.of(2021, 5, 20)),
                curator("s3-cur", "s3", "31", LocalDate.of(2021, 5, 25)),
                curator("col-cur", "col", "112-о", LocalDate.of(2021, 6, 1)));

        b.addLocalActs(
                act("s1", LocalActKind.IMPLEMENTATION_ORDER, LocalDate.of(2021, 9, 1)),
                act("s1", LocalActKind.MENTORING_REGULATION, LocalDate.of(2021, 9, 1)),
                act("s1", LocalActKind.ROADMAP, LocalDate.of(2021, 9, 10)),
                act("s2", LocalActKind.IMPLEMENTATION_ORDER, LocalDate.of(2021, 9, 15)),
                act("s3", LocalActKind.IMPLEMENTATION_ORDER, LocalDate.of(2021, 9, 3)),
                act("s3", LocalActKind.MENTORING_REGULATION, LocalDate.of(2021, 9, 3)),
                act("s3", LocalActKind.TEACHER_SYSTEM_REGULATION, LocalDate.of(2021, 9, 3)),
                act("s3", LocalActKind.ROADMAP, LocalDate.of(2021, 9, 3)),
                act("col", LocalActKind.IMPLEMENTATION_ORDER, LocalDate.of(2021, 9, 1)),
                act("col", LocalActKind.MENTORING_REGULATION, LocalDate.of(2021, 9, 1)),
                act("col", LocalActKind.ROADMAP, LocalDate.of(2021, 9, 1)));

        b.addFormAdoptions(
                adoption("s1", MentoringForm.STUDENT_STUDENT, LocalDate.of(2021, 9, 15)),
                adoption("s1", MentoringForm.TEACHER_TEACHER, LocalDate.of(2021, 9, 1)),
                adoption("s2", MentoringForm.STUDENT_STUDENT, LocalDate.of(2021, 10, 1)),
                adoption("s3", MentoringForm.TEACHER_TEACHER, LocalDate.of(2021, 9, 6)),
                adoption("col", MentoringForm.EMPLOYER_COLLEGE_STUDENT, LocalDate.of(2021, 10, 1)));

        b.addMentorships(
                pair("p1", "s1", MentoringForm.STUDENT_STUDENT, "s1-st-1", "s1-st-2", LocalDate.of(2021, 9, 25)),
                pair("p2", "s1", MentoringForm.STUDENT_STUDENT, "s1-st-3", "s1-st-4", LocalDate.of(2021, 10, 5)),
                Mentorship.builder().from(pair("p3", "s1", MentoringForm.TEACHER_TEACHER, "s1-t-1", "s1-t-2",
                        LocalDate.of(2021, 9, 10))).completedOn(LocalDate.of(2022, 5, 20)).build(),
                pair("p4", "s2", MentoringForm.STUDENT_STUDENT, "s2-st-1", "s2-st-2", LocalDate.of(2021, 10, 10)),
                pair("p5", "s3", MentoringForm.TEACHER_TEACHER, "s3-t-1", "s3-t-2", LocalDate.of(2021, 9, 17)),
                pair("p6", "col", MentoringForm.EMPLOYER_COLLEGE_STUDENT, "ent-1", "col-st-1",
                        LocalDate.of(2021, 10, 8)));

        b.addMeetings(
                meeting("p1-1", "p1", MeetingKind.ACQUAINTANCE, LocalDate.of(2021, 9, 28), false),
                meeting("p1-2", "p1", MeetingKind.TRIAL, LocalDate.of(2021, 10, 5), false),
                meeting("p1-3", "p1", MeetingKind.WORKING, LocalDate.of(2021, 10, 12), false),
                meeting("p1-4", "p1", MeetingKind.PLANNING, LocalDate.of(2021, 10, 19), false),
                meeting("p3-1", "p3", MeetingKind.ACQUAINTANCE, LocalDate.of(2021, 9, 14), false),
                meeting("p3-2", "p3", MeetingKind.TRIAL, LocalDate.of(2021, 9, 21), false),
                meeting("p3-3", "p3", MeetingKind.PLANNING, LocalDate.of(2021, 9, 28), false),
                meeting("p3-4", "p3", MeetingKind.WORKING, LocalDate.of(2021, 10, 12), true),
                meeting("p5-1", "p5", MeetingKind.ACQUAINTANCE, LocalDate.of(2021, 9, 20), false),
                meeting("p5-2", "p5", MeetingKind.TRIAL, LocalDate.of(2021, 9, 27), false),
                meeting("p5-3", "p5", MeetingKind.PLANNING, LocalDate.of(2021, 10, 4), false),
                meeting("p5-4", "p5", MeetingKind.WORKING, LocalDate.of(2021, 10, 18), true));

        // consents: the minors' parents signed, except for s1-st-4
        for (String minor : List.of("s1-st-1", "s1-st-2", "s1-st-3", "s2-st-1", "s2-st-2")) {
            b.addConsents(Consent.builder().personId(minor).kind(ConsentKind.PERSONAL_DATA)
                    .givenBy(ConsentGiver.LEGAL_REPRESENTATIVE).givenOn(LocalDate.of(2021, 9, 20)).build());
        }
        for (String adult : List.of("s1-t-1", "s1-t-2", "s2-t-1", "s3-t-1", "s3-t-2", "col-st-1", "ent-1")) {
            b.addConsents(Consent.builder().personId(adult).kind(ConsentKind.PERSONAL_DATA)
                    .givenBy(ConsentGiver.SELF).givenOn(LocalDate.of(2021, 9, 1)).build());
        }
        for (String teacher : List.of("s1-t-1", "s1-t-2", "s3-t-1", "s3-t-2")) {
            b.addConsents(Consent.builder().personId(teacher).kind(ConsentKind.EXTRA_DUTIES)
                    .givenBy(ConsentGiver.SELF).givenOn(LocalDate.of(2021, 9, 1)).build());
        }

        b.addRegistry(
                entry("s1-st-2", "s1", ParticipantRole.MENTEE, LocalDate.of(2021, 9, 16)),
                entry("s1-st-4", "s1", ParticipantRole.MENTEE, LocalDate.of(2021, 9, 16)),
                entry("s1-st-5", "s1", ParticipantRole.MENTEE, LocalDate.of(2021, 9, 16)),
                entry("s1-st-1", "s1", ParticipantRole.MENTOR, LocalDate.of(2021, 9, 16)),
                entry("s1-st-3", "s1", ParticipantRole.MENTOR, LocalDate.of(2021, 9, 16)));

        b.addTrainings(
                MentorTraining.builder().personId("s1-t-1").completedOn(LocalDate.of(2021, 10, 20))
                        .course("Школа наставника").build(),
                MentorTraining.builder().personId("s3-t-1").completedOn(LocalDate.of(2021, 10, 20))
                        .course("Школа наставника").build());

        b.addAgreements(Agreement.builder().id("ag-1").organizationId("s1").partnerId("ent")
                .signedOn(LocalDate.of(2021, 9, 1)).validUntil(LocalDate.of(2021, 12, 31)).build());

        // the mentoring centre reports monthly on the 25th, but three days late in March and not in April 2022
        for (int month = 1; month <= 5; month++) {
            if (month == 4) {
                continue;
            }
            b.addMonitoringReports(MonitoringReport.builder().id("mnc-" + month).organizationId("mnc")
                    .kind(MonitoringKind.PERIODIC).submittedOn(LocalDate.of(2022, month, month == 3 ? 28 : 25)).build());
        }
        b.addMonitoringReports(MonitoringReport.builder().id("p3-interim").organizationId("s1")
                .kind(MonitoringKind.INTERIM).mentorshipId("p3").submittedOn(LocalDate.of(2022, 1, 20)).build());

        b.addListUpdates(
                ListUpdate.builder().organizationId("s1").list(ListKind.PERSONIFIED_ACCOUNTING)
                        .updatedOn(LocalDate.of(2022, 3, 30)).build(),
                ListUpdate.builder().organizationId("s3").list(ListKind.PERSONIFIED_ACCOUNTING)
                        .updatedOn(LocalDate.of(2021, 12, 20)).build());

        // what the district has done of its roadmap
        for (String[] done : new String[][] {
            {"1.1", "2021-05-28"}, {"1.3", "2021-09-30"}, {"2.1", "2021-10-22"}}) {
            if (roadmap.activity(done[0]).isPresent()) {
                b.addCompletions(Completion.builder().roadmapId(roadmap.id()).activityNumber(done[0])
                        .organizationId("uo").completedOn(LocalDate.parse(done[1])).build());
            }
        }
        return b.build();
    }

    private static Organization org(String id, String name, OrganizationKind kind) {
        return Organization.builder().id(id).name(name).kind(kind).region(KEMEROVO).municipality(DISTRICT).build();
    }

    private static Person teacher(String id, String organizationId, int experienceYears,
            ParticipantCategory... categories) {
        return Person.builder().id(id).kind(PersonKind.TEACHER).organizationId(organizationId)
                .experienceYears(experienceYears).birthDate(LocalDate.of(1999 - experienceYears, 4, 1))
                .addCategories(categories).build();
    }

    private static Person student(String id, String organizationId, LocalDate birthDate, int grade) {
        return Person.builder().id(id).kind(PersonKind.SCHOOL_STUDENT).organizationId(organizationId)
                .birthDate(birthDate).grade(grade).build();
    }

    private static CuratorAppointment curator(String personId, String organizationId, String order, LocalDate date) {
        return CuratorAppointment.builder().personId(personId).organizationId(organizationId)
                .order(DocumentRef.order(order, date)).appointedOn(date).build();
    }

    private static LocalAct act(String organizationId, LocalActKind kind, LocalDate date) {
        return LocalAct.builder().organizationId(organizationId).kind(kind).adoptedOn(date).build();
    }

    private static FormAdoption adoption(String organizationId, MentoringForm form, LocalDate date) {
        return FormAdoption.builder().organizationId(organizationId).form(form).adoptedOn(date).build();
    }

    private static Mentorship pair(String id, String organizationId, MentoringForm form, String mentorId,
            String menteeId, LocalDate formedOn) {
        return Mentorship.builder().id(id).organizationId(organizationId).form(form).mentorId(mentorId)
                .addMenteeIds(menteeId).formedOn(formedOn)
                .approvalOrder(DocumentRef.order("пары-" + id, formedOn)).build();
    }

    private static Meeting meeting(String id, String mentorshipId, MeetingKind kind, LocalDate date,
            boolean feedback) {
        return Meeting.builder().id(id).mentorshipId(mentorshipId).kind(kind).date(date)
                .confirmationFormFilled(feedback).feedbackRecorded(feedback).build();
    }

    private static RegistryEntry entry(String personId, String organizationId, ParticipantRole role,
            LocalDate date) {
        return RegistryEntry.builder().personId(personId).organizationId(organizationId).role(role)
                .includedOn(date).build();
    }
}
