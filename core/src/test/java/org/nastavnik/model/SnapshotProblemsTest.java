package org.nastavnik.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of problem the snapshot's validation reports, each from one change to the full
 * fixture, with its exact path, value and reason.
 */
class SnapshotProblemsTest {
    private static final String GHOST = "ghost";

    private static <T> List<T> change(List<T> items, int index, UnaryOperator<T> change) {
        List<T> copy = new ArrayList<>(items);
        copy.set(index, change.apply(copy.get(index)));
        return copy;
    }

    private static <T> List<T> plus(List<T> items, T item) {
        List<T> copy = new ArrayList<>(items);
        copy.add(item);
        return copy;
    }

    private static Arguments row(String path, Object value, String reason,
            UnaryOperator<ImmutableSnapshot> change) {
        return Arguments.of(Problem.of(path, value, reason), change);
    }

    static Stream<Arguments> danglingReferences() {
        return Stream.of(
                row("people[4].organizationId", GHOST, "no organization has this id", s -> s.withPeople(
                        change(s.people(), 4, p -> ImmutablePerson.copyOf(p).withOrganizationId(GHOST)))),
                row("curatorAppointments[0].personId", GHOST, "no person has this id", s -> s.withCuratorAppointments(
                        change(s.curatorAppointments(), 0, c -> ImmutableCuratorAppointment.copyOf(c)
                                .withPersonId(GHOST)))),
                row("curatorAppointments[0].organizationId", GHOST, "no organization has this id",
                        s -> s.withCuratorAppointments(change(s.curatorAppointments(), 0,
                                c -> ImmutableCuratorAppointment.copyOf(c).withOrganizationId(GHOST)))),
                row("registry[1].personId", GHOST, "no person has this id", s -> s.withRegistry(
                        change(s.registry(), 1, e -> ImmutableRegistryEntry.copyOf(e).withPersonId(GHOST)))),
                row("registry[1].organizationId", GHOST, "no organization has this id", s -> s.withRegistry(
                        change(s.registry(), 1, e -> ImmutableRegistryEntry.copyOf(e).withOrganizationId(GHOST)))),
                row("consents[1].personId", GHOST, "no person has this id", s -> s.withConsents(
                        change(s.consents(), 1, c -> ImmutableConsent.copyOf(c).withPersonId(GHOST)))),
                row("formAdoptions[0].organizationId", GHOST, "no organization has this id", s -> s.withFormAdoptions(
                        change(s.formAdoptions(), 0, f -> ImmutableFormAdoption.copyOf(f).withOrganizationId(GHOST)))),
                row("mentorships[1].organizationId", GHOST, "no organization has this id", s -> s.withMentorships(
                        change(s.mentorships(), 1, m -> ImmutableMentorship.copyOf(m).withOrganizationId(GHOST)))),
                row("mentorships[1].mentorId", GHOST, "no person has this id", s -> s.withMentorships(
                        change(s.mentorships(), 1, m -> ImmutableMentorship.copyOf(m).withMentorId(GHOST)))),
                row("mentorships[1].menteeIds[1]", GHOST, "no person has this id", s -> s.withMentorships(
                        change(s.mentorships(), 1, m -> ImmutableMentorship.copyOf(m).withMenteeIds("s-1", GHOST)))),
                row("mentorships[0].programmeId", GHOST, "no programme has this id", s -> s.withMentorships(
                        change(s.mentorships(), 0, m -> ImmutableMentorship.copyOf(m).withProgrammeId(GHOST)))),
                row("meetings[2].mentorshipId", GHOST, "no mentorship has this id", s -> s.withMeetings(
                        change(s.meetings(), 2, m -> ImmutableMeeting.copyOf(m).withMentorshipId(GHOST)))),
                row("trainings[1].personId", GHOST, "no person has this id", s -> s.withTrainings(
                        change(s.trainings(), 1, t -> ImmutableMentorTraining.copyOf(t).withPersonId(GHOST)))),
                row("programmes[0].organizationId", GHOST, "no organization has this id", s -> s.withProgrammes(
                        change(s.programmes(), 0, p -> ImmutableProgramme.copyOf(p).withOrganizationId(GHOST)))),
                row("monitoringReports[1].organizationId", GHOST, "no organization has this id",
                        s -> s.withMonitoringReports(change(s.monitoringReports(), 1,
                                r -> ImmutableMonitoringReport.copyOf(r).withOrganizationId(GHOST)))),
                row("monitoringReports[0].mentorshipId", GHOST, "no mentorship has this id",
                        s -> s.withMonitoringReports(change(s.monitoringReports(), 0,
                                r -> ImmutableMonitoringReport.copyOf(r).withMentorshipId(GHOST)))),
                row("listUpdates[0].organizationId", GHOST, "no organization has this id", s -> s.withListUpdates(
                        change(s.listUpdates(), 0, u -> ImmutableListUpdate.copyOf(u).withOrganizationId(GHOST)))),
                row("localActs[1].organizationId", GHOST, "no organization has this id", s -> s.withLocalActs(
                        change(s.localActs(), 1, a -> ImmutableLocalAct.copyOf(a).withOrganizationId(GHOST)))),
                row("agreements[0].organizationId", GHOST, "no organization has this id", s -> s.withAgreements(
                        change(s.agreements(), 0, a -> ImmutableAgreement.copyOf(a).withOrganizationId(GHOST)))),
                row("agreements[1].partnerId", GHOST, "no organization has this id", s -> s.withAgreements(
                        change(s.agreements(), 1, a -> ImmutableAgreement.copyOf(a).withPartnerId(GHOST)))),
                row("completions[0].roadmapId", GHOST, "no roadmap has this id", s -> s.withCompletions(
                        change(s.completions(), 0, c -> ImmutableCompletion.copyOf(c).withRoadmapId(GHOST)))),
                row("completions[1].activityNumber", "9.9", "roadmap rm-324 has no activity with this number",
                        s -> s.withCompletions(change(s.completions(), 1,
                                c -> ImmutableCompletion.copyOf(c).withActivityNumber("9.9")))),
                row("completions[0].organizationId", GHOST, "no organization has this id", s -> s.withCompletions(
                        change(s.completions(), 0, c -> ImmutableCompletion.copyOf(c).withOrganizationId(GHOST)))),
                row("indicatorValues[0].organizationId", GHOST, "no organization has this id",
                        s -> s.withIndicatorValues(change(s.indicatorValues(), 0,
                                v -> ImmutableIndicatorValue.copyOf(v).withOrganizationId(GHOST)))));
    }

    static Stream<Arguments> otherProblems() {
        return Stream.of(
                row("organizations[3].id", "mnc", "duplicate id in organizations",
                        s -> s.withOrganizations(plus(s.organizations(), s.organizations().get(2)))),
                row("people[5].id", "t-1", "duplicate id in people", s -> s.withPeople(plus(s.people(),
                        Person.builder().id("t-1").kind(PersonKind.OTHER).organizationId("mnc").build()))),
                row("mentorships[2].id", "pair-1", "duplicate id in mentorships",
                        s -> s.withMentorships(plus(s.mentorships(), s.mentorships().get(0)))),
                row("meetings[3].id", "m-1", "duplicate id in meetings",
                        s -> s.withMeetings(plus(s.meetings(), s.meetings().get(0)))),
                row("programmes[1].id", "prog-1", "duplicate id in programmes",
                        s -> s.withProgrammes(plus(s.programmes(), s.programmes().get(0)))),
                row("monitoringReports[2].id", "mon-1", "duplicate id in monitoringReports",
                        s -> s.withMonitoringReports(plus(s.monitoringReports(), s.monitoringReports().get(0)))),
                row("agreements[2].id", "agr-1", "duplicate id in agreements",
                        s -> s.withAgreements(plus(s.agreements(), s.agreements().get(0)))),
                row("roadmaps[1].id", "rm-324", "duplicate id in roadmaps",
                        s -> s.withRoadmaps(plus(s.roadmaps(), s.roadmaps().get(0)))),
                row("meetings[0].id", " ", "must not be blank", s -> s.withMeetings(
                        change(s.meetings(), 0, m -> ImmutableMeeting.copyOf(m).withId(" ")))),
                row("roadmaps[0].activities[17].number", "1.1", "duplicate activity number in roadmap rm-324",
                        s -> s.withRoadmaps(change(s.roadmaps(), 0, r -> ImmutableRoadmap.copyOf(r).withActivities(
                                plus(r.activities(), Fixtures.activity("1.1", "Постоянно")))))),
                row("mentorships[1].menteeIds[1]", "s-1", "the same mentee is listed twice", s -> s.withMentorships(
                        change(s.mentorships(), 1, m -> ImmutableMentorship.copyOf(m).withMenteeIds("s-1", "s-1")))),
                row("curatorAppointments[0].endedOn", "2020-09-24", "is before appointedOn (2020-09-25)",
                        s -> s.withCuratorAppointments(change(s.curatorAppointments(), 0,
                                c -> ImmutableCuratorAppointment.copyOf(c).withEndedOn(LocalDate.of(2020, 9, 24))))),
                row("registry[0].excludedOn", "2022-08-31", "is before includedOn (2022-09-01)",
                        s -> s.withRegistry(change(s.registry(), 0,
                                e -> ImmutableRegistryEntry.copyOf(e).withExcludedOn(LocalDate.of(2022, 8, 31))))),
                row("consents[0].withdrawnOn", "2022-09-04", "is before givenOn (2022-09-05)",
                        s -> s.withConsents(change(s.consents(), 0,
                                c -> ImmutableConsent.copyOf(c).withWithdrawnOn(LocalDate.of(2022, 9, 4))))),
                row("agreements[0].validUntil", "2022-08-31", "is before signedOn (2022-09-01)",
                        s -> s.withAgreements(change(s.agreements(), 0,
                                a -> ImmutableAgreement.copyOf(a).withValidUntil(LocalDate.of(2022, 8, 31))))),
                row("meetings[2].date", "2022-09-19", "is before its mentorship group-1 was formed (2022-09-20)",
                        s -> s.withMeetings(change(s.meetings(), 2,
                                m -> ImmutableMeeting.copyOf(m).withDate(LocalDate.of(2022, 9, 19))))),
                row("meetings[1].date", "2023-06-01", "is after its mentorship pair-1 completed (2023-05-31)",
                        s -> s.withMeetings(change(s.meetings(), 1,
                                m -> ImmutableMeeting.copyOf(m).withDate(LocalDate.of(2023, 6, 1))))),
                // a date of birth is personal data: the problem withholds it (issue 24, case 8)
                Arguments.of(Problem.withheld("people[0].birthDate", "is after the snapshot date 2022-12-01"),
                        (UnaryOperator<ImmutableSnapshot>) s -> s.withPeople(change(s.people(), 0,
                                p -> ImmutablePerson.copyOf(p).withBirthDate(LocalDate.of(2022, 12, 2))))),
                row("people[0].experienceYears", -1, "must not be negative", s -> s.withPeople(
                        change(s.people(), 0, p -> ImmutablePerson.copyOf(p).withExperienceYears(-1)))),
                row("people[2].grade", 0, "must be 1 or more", s -> s.withPeople(
                        change(s.people(), 2, p -> ImmutablePerson.copyOf(p).withGrade(0)))),
                row("targetIndicators[1].targetPercent", "100.01", "must be from 0 to 100",
                        s -> s.withTargetIndicators(change(s.targetIndicators(), 1,
                                t -> ImmutableTargetIndicator.copyOf(t).withTargetPercent(new BigDecimal("100.01"))))),
                row("indicatorValues[1].involved", 2, "must be from 0 to total (1)", s -> s.withIndicatorValues(
                        change(s.indicatorValues(), 1, v -> ImmutableIndicatorValue.copyOf(v).withInvolved(2)))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"danglingReferences", "otherProblems"})
    void should_report_the_problem_with_its_path_value_and_reason(Problem expected,
            UnaryOperator<ImmutableSnapshot> change) {
        // given
        ImmutableSnapshot full = ImmutableSnapshot.copyOf(Fixtures.fullSnapshot());

        // when
        ValidationException e = assertThrows(ValidationException.class, () -> change.apply(full));

        // then
        assertEquals(List.of(expected), e.problems());
        assertEquals("snapshot", e.subject());
    }

    @Test
    void should_report_each_blank_mentorship_id_once_and_still_resolve_the_meetings_that_name_it() {
        // given: both pairs with a blank id, and the meetings of the first naming it
        ImmutableSnapshot.Builder builder = ImmutableSnapshot.builder().from(Fixtures.fullSnapshot());
        Snapshot full = Fixtures.fullSnapshot();
        builder.mentorships(change(change(full.mentorships(), 0, m -> ImmutableMentorship.copyOf(m).withId(" ")), 1,
                        m -> ImmutableMentorship.copyOf(m).withId(" ")))
                .meetings(full.meetings().stream().map(m -> m.mentorshipId().equals("pair-1")
                        ? ImmutableMeeting.copyOf(m).withMentorshipId(" ") : m).toList());

        // when
        ValidationException e = assertThrows(ValidationException.class, builder::build);

        // then: the meetings of pair-1 find it under the blank id; group-1's meeting and pair-1's report do not
        assertEquals(List.of(
                Problem.of("mentorships[0].id", " ", "must not be blank"),
                Problem.of("mentorships[1].id", " ", "must not be blank"),
                Problem.of("meetings[2].mentorshipId", "group-1", "no mentorship has this id"),
                Problem.of("monitoringReports[0].mentorshipId", "pair-1", "no mentorship has this id")), e.problems());
    }

    @Test
    void should_report_every_problem_at_once_in_a_stable_order() {
        // given: the full snapshot with one change of each kind
        ImmutableSnapshot.Builder builder = ImmutableSnapshot.builder().from(Fixtures.fullSnapshot());
        Snapshot full = Fixtures.fullSnapshot();
        builder.people(plus(full.people(), Person.builder().id("t-1").kind(PersonKind.OTHER).organizationId("nowhere")
                        .build()))
                .mentorships(change(full.mentorships(), 0, m -> ImmutableMentorship.copyOf(m)
                        .withCompletedOn(LocalDate.of(2022, 9, 1))))
                .meetings(change(full.meetings(), 2, m -> ImmutableMeeting.copyOf(m).withMentorshipId("p9")));

        // when
        ValidationException e = assertThrows(ValidationException.class, builder::build);

        // then
        assertEquals(List.of(
                Problem.of("people[5].id", "t-1", "duplicate id in people"),
                Problem.of("people[5].organizationId", "nowhere", "no organization has this id"),
                Problem.of("mentorships[0].completedOn", "2022-09-01", "is before formedOn (2022-09-20)"),
                Problem.of("meetings[0].date", "2022-09-21", "is after its mentorship pair-1 completed (2022-09-01)"),
                Problem.of("meetings[1].date", "2022-10-05", "is after its mentorship pair-1 completed (2022-09-01)"),
                Problem.of("meetings[2].mentorshipId", "p9", "no mentorship has this id")), e.problems());
    }
}
