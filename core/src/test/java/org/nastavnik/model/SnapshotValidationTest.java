package org.nastavnik.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SnapshotValidationTest {
    private static final LocalDate AS_OF = LocalDate.of(2022, 10, 1);

    private static ImmutableSnapshot.Builder school() {
        return Snapshot.builder()
                .asOf(AS_OF)
                .territory(Territory.region("31"))
                .addOrganizations(Organization.builder().id("s1").name("МБОУ СОШ № 1")
                        .kind(OrganizationKind.SCHOOL).region(RegionCode.of("31")).build())
                .addPeople(Person.builder().id("t1").kind(PersonKind.TEACHER).organizationId("s1").build(),
                        Person.builder().id("t2").kind(PersonKind.TEACHER).organizationId("s1").build());
    }

    @Test
    void should_build_a_valid_snapshot() {
        Snapshot snapshot = school()
                .addMentorships(Mentorship.builder().id("p1").organizationId("s1").form(MentoringForm.TEACHER_TEACHER)
                        .mentorId("t1").addMenteeIds("t2").formedOn(LocalDate.of(2022, 9, 20)).build())
                .build();

        assertEquals(1, snapshot.mentorships().size());
    }

    @Test
    void should_list_every_problem_with_its_path_value_and_reason() {
        // given: a dangling mentee, a duplicate person id and a pair completed before it was formed
        ImmutableSnapshot.Builder builder = school()
                .addPeople(Person.builder().id("t1").kind(PersonKind.TEACHER).organizationId("s1").build())
                .addMentorships(Mentorship.builder().id("p1").organizationId("s1").form(MentoringForm.TEACHER_TEACHER)
                        .mentorId("t1").addMenteeIds("ghost").formedOn(LocalDate.of(2022, 9, 20))
                        .completedOn(LocalDate.of(2022, 9, 1)).build())
                .addMeetings(Meeting.builder().id("m1").mentorshipId("p9").kind(MeetingKind.ACQUAINTANCE)
                        .date(LocalDate.of(2022, 9, 21)).build());

        // when
        ValidationException e = assertThrows(ValidationException.class, builder::build);

        // then
        assertEquals(List.of(
                Problem.of("people[2].id", "t1", "duplicate id in people"),
                Problem.of("mentorships[0].menteeIds[0]", "ghost", "no person has this id"),
                Problem.of("mentorships[0].completedOn", "2022-09-01", "is before formedOn (2022-09-20)"),
                Problem.of("meetings[0].mentorshipId", "p9", "no mentorship has this id")), e.problems());
        assertTrue(e.getMessage().contains("mentorships[0].menteeIds[0] (ghost): no person has this id"),
                e.getMessage());
    }

    @Test
    void should_check_the_matching_data_of_the_bases() {
        // given: a mentor's own capacity of 0, and a request naming nobody
        ImmutableSnapshot.Builder builder = school()
                .addRegistry(RegistryEntry.builder().personId("t1").organizationId("s1").role(ParticipantRole.MENTOR)
                        .includedOn(LocalDate.of(2022, 9, 1)).capacity(0).addPartnerRequests("t2", "ghost").build());

        // when
        ValidationException e = assertThrows(ValidationException.class, builder::build);

        // then
        assertEquals(List.of(
                Problem.of("registry[0].capacity", 0, "must be 1 or more"),
                Problem.of("registry[0].partnerRequests[1]", "ghost", "no person has this id")), e.problems());
    }

    @Test
    void should_bound_the_texts_and_ids_of_the_matching_data() {
        // given: a topic and a class longer than any text may be, a request longer than any id
        String longText = "м".repeat(org.nastavnik.common.Limits.MAX_TEXT_LENGTH + 1);
        String longId = "t".repeat(org.nastavnik.common.Limits.MAX_ID_LENGTH + 1);
        ImmutableSnapshot.Builder builder = school()
                .addPeople(Person.builder().id("s1-st1").kind(PersonKind.SCHOOL_STUDENT).organizationId("s1")
                        .unit(longText).build())
                .addRegistry(RegistryEntry.builder().personId("t1").organizationId("s1").role(ParticipantRole.MENTOR)
                        .includedOn(LocalDate.of(2022, 9, 1)).addTopics(longText).addPartnerRequests(longId).build());

        // when
        ValidationException e = assertThrows(ValidationException.class, builder::build);

        // then
        assertEquals(List.of("people[2].unit", "registry[0].topics[0]", "registry[0].partnerRequests[0]",
                "registry[0].partnerRequests[0]"), e.problems().stream().map(Problem::path).toList(), e.getMessage());
    }
}
