package org.nastavnik.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.nastavnik.common.DateRange;
import org.nastavnik.deadline.DeadlineContext;
import org.nastavnik.deadline.DeadlineParser;

/**
 * Ready-made model values for tests. {@link #fullSnapshot()} uses every entity of the model and
 * sets every optional field at least once.
 */
public final class Fixtures {
    /** The day {@link #fullSnapshot()} is as of. */
    public static final LocalDate AS_OF = LocalDate.of(2022, 12, 1);

    private Fixtures() {
    }

    /**
     * @param number  the activity's number, not null
     * @param deadline  the deadline cell as a roadmap writes it, not null
     * @return an activity with only its required fields, the deadline parsed from {@code deadline}
     */
    public static Activity activity(String number, String deadline) {
        return Activity.builder().number(number).title("Мероприятие " + number).deadlineText(deadline)
                .deadline(DeadlineParser.parse(deadline, DeadlineContext.none())).build();
    }

    /**
     * @return a roadmap that sets every optional field, with sections, a working group and
     *         activities whose deadlines cover every kind of deadline
     */
    public static Roadmap fullRoadmap() {
        return Roadmap.builder()
                .id("rm-324")
                .title("План мероприятий (дорожная карта) по внедрению целевой модели наставничества")
                .issuer("Управление образования администрации г. Белгорода")
                .level(RoadmapLevel.MUNICIPAL)
                .kind(RoadmapKind.MUNICIPAL_IMPLEMENTATION_PLAN)
                .territory(Territory.municipality("31", "город Белгород"))
                .addDocumentNotes(DocumentNote.builder().code("SAME_SURNAME_DIFFERENT_INITIALS")
                        .level(DocumentNote.Level.WARNING).russian("фамилия Боброва с разными инициалами")
                        .english("surname Боброва with different initials").line(49).row("1")
                        .snippet("Боброва Т.С.").build())
                .approval(DocumentRef.builder().kind(DocumentKind.ORDER).number("324")
                        .date(LocalDate.of(2020, 9, 22)).issuer("Управление образования")
                        .title("Об утверждении плана мероприятий").build())
                .appendixReference(DocumentRef.builder().number("325").date(LocalDate.of(2020, 9, 22)).build())
                .period(DateRange.of(LocalDate.of(2020, 9, 1), LocalDate.of(2024, 12, 31)))
                .periodBasis(PeriodBasis.TITLE_YEARS)
                .place("г. Белгород")
                .signer("Г.В. Капранова")
                .addSections(Section.builder().number("1").title("Организационное обеспечение").build(),
                        Section.builder().title("Без номера").build())
                .addWorkingGroup(WorkingGroupMember.of("Г.В. Капранова", "начальник управления"))
                .addActivities(Activity.builder().number("1.1").sectionNumber("1")
                                .title("Назначение кураторов внедрения целевой модели наставничества")
                                .deadlineText("До 07.03.2022 года")
                                .deadline(DeadlineParser.parse("До 07.03.2022 года", DeadlineContext.none()))
                                .addResponsible(Responsible.role("Руководители ОО"), Responsible.person("Степанова К.С."))
                                .expectedResult("Приказ").addressee("Руководителям ОО")
                                .addAddressees(Addressee.of(AddresseeKind.ROLE, "Руководителям ОО", "Руководители ОО"))
                                .addCitations(Citation.tableRow("1.1"), Citation.orderItem("4.1"),
                                        Citation.dashItem("2", 3))
                                .origin(ActivityOrigin.ORDER_ITEM).build(),
                        activity("1.2", "08.10.2020"),
                        activity("1.3", "Май 2021 г."),
                        activity("1.4", "Март Июнь Октябрь 2021"),
                        activity("1.5", "Март-апрель 2023 года"),
                        activity("1.6", "4 квартал 2022 года"),
                        activity("1.7", "I полугодие 2021"),
                        activity("1.8", "В течение 2022 года"),
                        activity("1.9", "2021-2022 учебный год"),
                        activity("1.10", "2020-2024 гг."),
                        activity("2.1", "Ежемесячно 25 числа каждого месяца"),
                        activity("2.2", "на 15.12.2020, ежеквартально"),
                        activity("2.3", "В течение двух недель с даты определения модели"),
                        activity("2.4", "Постоянно"),
                        activity("2.5", "По графику ГБОУ ИРО"),
                        activity("2.6", "по мере необходимости"),
                        activity("2.7", "когда-нибудь потом"))
                .build();
    }

    /** @return a valid snapshot that uses every entity and sets every optional field */
    public static Snapshot fullSnapshot() {
        LocalDate formed = LocalDate.of(2022, 9, 20);
        return Snapshot.builder()
                .asOf(AS_OF)
                .territory(Territory.municipality("31", "город Белгород"))
                .addRoadmaps(fullRoadmap())
                .addOrganizations(
                        Organization.builder().id("school-12").name("МБОУ «СОШ № 12»").kind(OrganizationKind.SCHOOL)
                                .region(RegionCode.of("31")).municipality("город Белгород")
                                .mentoringSectionOn(LocalDate.of(2020, 11, 1))
                                .headcount(Headcount.builder().asOf(LocalDate.of(2022, 9, 1))
                                        .addStudentsByAge(StudentsOfAge.of(10, 80), StudentsOfAge.of(11, 75))
                                        .teachers(40).youngSpecialists(4).build())
                                .build(),
                        Organization.builder().id("zavod").name("АО «Завод»").kind(OrganizationKind.ENTERPRISE)
                                .region(RegionCode.of("31")).implementsModel(false).build(),
                        Organization.builder().id("mnc").name("МНЦ").kind(OrganizationKind.MENTORING_CENTRE)
                                .region(RegionCode.of("31")).implementsModel(true).build())
                .addPeople(
                        Person.builder().id("t-1").fullName("Иванова Мария Петровна").kind(PersonKind.TEACHER)
                                .organizationId("school-12").birthDate(LocalDate.of(1975, 3, 14))
                                .experienceYears(25).unit("МО учителей математики").addSubjects("математика").build(),
                        Person.builder().id("t-2").kind(PersonKind.TEACHER).organizationId("school-12")
                                .experienceYears(1).addCategories(ParticipantCategory.YOUNG_SPECIALIST,
                                        ParticipantCategory.NEW_TO_ORGANIZATION).build(),
                        Person.builder().id("s-1").kind(PersonKind.SCHOOL_STUDENT).organizationId("school-12")
                                .birthDate(LocalDate.of(2008, 5, 1)).grade(8)
                                .addCategories(ParticipantCategory.GIFTED).build(),
                        Person.builder().id("s-2").kind(PersonKind.SCHOOL_STUDENT).organizationId("school-12")
                                .grade(6).build(),
                        Person.builder().id("e-1").kind(PersonKind.EMPLOYER_REPRESENTATIVE).organizationId("zavod")
                                .build())
                .addCuratorAppointments(CuratorAppointment.builder().personId("t-1").organizationId("school-12")
                        .order(DocumentRef.order("26/1", LocalDate.of(2020, 9, 25))).appointedOn(LocalDate.of(2020, 9, 25))
                        .endedOn(LocalDate.of(2023, 8, 31)).build())
                .addRegistry(
                        RegistryEntry.builder().personId("t-1").organizationId("school-12").role(ParticipantRole.MENTOR)
                                .form(MentoringForm.TEACHER_TEACHER).includedOn(LocalDate.of(2022, 9, 1))
                                .excludedOn(LocalDate.of(2023, 6, 30)).capacity(2).addTopics("математика")
                                .addPartnerRequests("t-2").build(),
                        RegistryEntry.builder().personId("s-1").organizationId("school-12").role(ParticipantRole.MENTEE)
                                .includedOn(LocalDate.of(2022, 9, 1)).build())
                .addConsents(Consent.builder().personId("s-1").kind(ConsentKind.PERSONAL_DATA)
                                .givenBy(ConsentGiver.LEGAL_REPRESENTATIVE).givenOn(LocalDate.of(2022, 9, 5))
                                .withdrawnOn(LocalDate.of(2022, 11, 30)).build(),
                        Consent.builder().personId("t-1").kind(ConsentKind.EXTRA_DUTIES).givenBy(ConsentGiver.SELF)
                                .givenOn(LocalDate.of(2022, 9, 5)).build())
                .addFormAdoptions(FormAdoption.builder().organizationId("school-12").form(MentoringForm.TEACHER_TEACHER)
                        .adoptedOn(LocalDate.of(2022, 9, 10))
                        .order(DocumentRef.builder().kind(DocumentKind.DIRECTIVE).number("101").build()).build())
                .addMentorships(
                        Mentorship.builder().id("pair-1").organizationId("school-12").form(MentoringForm.TEACHER_TEACHER)
                                .mentorId("t-1").addMenteeIds("t-2").formedOn(formed)
                                .completedOn(LocalDate.of(2023, 5, 31))
                                .approvalOrder(DocumentRef.order("130", formed)).programmeId("prog-1")
                                .mentorConsentOn(formed).mentorAgreement(DocumentRef.order("131", formed))
                                .addMentorAgreementTerms(MentoringTerm.CONTENT, MentoringTerm.TERM, MentoringTerm.FORM,
                                        MentoringTerm.PAY).build(),
                        Mentorship.builder().id("group-1").organizationId("school-12")
                                .form(MentoringForm.EMPLOYER_SCHOOL_STUDENT).mentorId("e-1").addMenteeIds("s-1", "s-2")
                                .formedOn(formed).build())
                .addMeetings(
                        Meeting.builder().id("m-1").mentorshipId("pair-1").kind(MeetingKind.ACQUAINTANCE)
                                .date(LocalDate.of(2022, 9, 21)).build(),
                        Meeting.builder().id("m-2").mentorshipId("pair-1").kind(MeetingKind.WORKING)
                                .date(LocalDate.of(2022, 10, 5)).confirmationFormFilled(true).feedbackRecorded(true)
                                .build(),
                        Meeting.builder().id("m-3").mentorshipId("group-1").kind(MeetingKind.FINAL)
                                .date(LocalDate.of(2022, 11, 30)).reflectionRecorded(true).build())
                .addTrainings(MentorTraining.builder().personId("t-1").completedOn(LocalDate.of(2022, 8, 15))
                                .course("Школа наставника").build(),
                        MentorTraining.builder().personId("e-1").completedOn(LocalDate.of(2022, 8, 16)).build())
                .addProgrammes(Programme.builder().id("prog-1").organizationId("school-12")
                                .kind(ProgrammeKind.PERSONALISED_PROGRAMME)
                                .period(DateRange.of(formed, LocalDate.of(2023, 5, 31)))
                                .approvedOn(LocalDate.of(2022, 9, 19)).build())
                .addMonitoringReports(
                        MonitoringReport.builder().id("mon-1").organizationId("school-12").kind(MonitoringKind.INTERIM)
                                .submittedOn(LocalDate.of(2022, 11, 15)).mentorshipId("pair-1").build(),
                        MonitoringReport.builder().id("mon-2").organizationId("school-12")
                                .kind(MonitoringKind.PERIODIC).submittedOn(LocalDate.of(2022, 10, 25))
                                .covers(DateRange.of(LocalDate.of(2022, 7, 1), LocalDate.of(2022, 9, 30))).build())
                .addListUpdates(ListUpdate.builder().organizationId("school-12").list(ListKind.MENTORS_AND_MENTEES)
                        .updatedOn(LocalDate.of(2022, 9, 30)).build())
                .addLocalActs(LocalAct.builder().organizationId("school-12").kind(LocalActKind.MENTORING_REGULATION)
                                .adoptedOn(LocalDate.of(2020, 10, 1))
                                .document(DocumentRef.order("45", LocalDate.of(2020, 10, 1))).build(),
                        LocalAct.builder().organizationId("school-12").kind(LocalActKind.PAIRS_ORDER)
                                .adoptedOn(formed).build(),
                        LocalAct.builder().organizationId("school-12").kind(LocalActKind.IMPLEMENTATION_ORDER)
                                .adoptedOn(LocalDate.of(2020, 9, 15))
                                .addContents(OrderContent.IMPLEMENTATION_DATES, OrderContent.MONITORING_DATES,
                                        OrderContent.PLANNED_RESULTS, OrderContent.RESPONSIBLE).build())
                .addAgreements(Agreement.builder().id("agr-1").organizationId("school-12").partnerId("zavod")
                                .signedOn(LocalDate.of(2022, 9, 1)).validUntil(LocalDate.of(2025, 8, 31)).build(),
                        Agreement.builder().id("agr-2").organizationId("school-12").partnerId("mnc")
                                .signedOn(LocalDate.of(2022, 9, 1)).build())
                .addCompletions(Completion.builder().roadmapId("rm-324").activityNumber("1.1")
                                .organizationId("school-12").completedOn(LocalDate.of(2022, 3, 1))
                                .document(DocumentRef.order("12", LocalDate.of(2022, 3, 1))).build(),
                        Completion.builder().roadmapId("rm-324").activityNumber("2.1")
                                .completedOn(LocalDate.of(2022, 10, 25)).build())
                .addTargetIndicators(TargetIndicator.builder().indicator(IndicatorKind.STUDENT_MENTEES).year(2022)
                                .targetPercent(new BigDecimal("70")).build(),
                        TargetIndicator.builder().indicator(IndicatorKind.YOUNG_SPECIALIST_MENTEES).year(2022)
                                .targetPercent(new BigDecimal("62.50")).build())
                .addIndicatorValues(IndicatorValue.builder().indicator(IndicatorKind.STUDENT_MENTEES).year(2022)
                                .organizationId("school-12").involved(2).total(700).build(),
                        IndicatorValue.builder().indicator(IndicatorKind.YOUNG_SPECIALIST_MENTEES).year(2022)
                                .involved(1).total(1).build())
                .build();
    }
}
