package org.nastavnik.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nastavnik.model.MentoringForm.STUDENT_STUDENT;
import static org.nastavnik.model.MentoringForm.TEACHER_TEACHER;
import static org.nastavnik.testing.Scenario.activity;
import static org.nastavnik.testing.Scenario.completed;
import static org.nastavnik.testing.Scenario.confirmed;
import static org.nastavnik.testing.Scenario.date;
import static org.nastavnik.testing.Scenario.feedback;
import static org.nastavnik.testing.Scenario.form;
import static org.nastavnik.testing.Scenario.formed;
import static org.nastavnik.testing.Scenario.mentee;
import static org.nastavnik.testing.Scenario.mentees;
import static org.nastavnik.testing.Scenario.mentor;
import static org.nastavnik.testing.Scenario.reflection;
import static org.nastavnik.testing.Scenario.region;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nastavnik.model.ConsentGiver;
import org.nastavnik.model.ConsentKind;
import org.nastavnik.model.ListKind;
import org.nastavnik.model.LocalActKind;
import org.nastavnik.model.MeetingKind;
import org.nastavnik.model.Mentorship;
import org.nastavnik.model.MonitoringKind;
import org.nastavnik.model.OrganizationKind;
import org.nastavnik.model.Person;
import org.nastavnik.model.PersonKind;
import org.nastavnik.model.Problem;
import org.nastavnik.model.RoadmapLevel;
import org.nastavnik.model.Snapshot;
import org.nastavnik.model.ValidationException;
import org.nastavnik.deadline.ByDate;

/** The scenario builder: defaults, generated ids, dates in both forms, every kind of record, and bad scenarios. */
class ScenarioTest {

    @Test
    void should_fill_in_people_organizations_forms_and_dates_the_test_does_not_name() {
        // given
        Snapshot s = Scenario.in(region("31")).school("s1").curator("c1", "01.09.2022").adopts(TEACHER_TEACHER, "05.09.2022")
                .pair("p1", mentor("t1"), mentee("t2"))
                .snapshot();
        // then the pair takes the adopted form and its date; people are teachers of s1
        Mentorship p1 = s.mentorships().get(0);
        assertEquals(TEACHER_TEACHER, p1.form());
        assertEquals(date("05.09.2022"), p1.formedOn());
        assertEquals(List.of("c1", "t1", "t2"), s.people().stream().map(Person::id).toList());
        assertTrue(s.people().stream().allMatch(p -> p.kind() == PersonKind.TEACHER && p.organizationId().equals("s1")));
        assertEquals("Школа s1", s.organizations().get(0).name());
        assertEquals("31", s.organizations().get(0).region().code());
        // and the snapshot is dated the latest date mentioned
        assertEquals(date("05.09.2022"), s.asOf());
    }

    @Test
    void should_give_mentors_and_mentees_the_kinds_their_form_admits() {
        // when
        Snapshot s = Scenario.in(region("42")).school("s1").adopts(STUDENT_STUDENT, "2022-09-01")
                .group("g1", mentor("u1"), mentees("u2", "u3"), formed("2022-09-10"))
                .pair("p2", mentor("t1"), mentee("t2"), form(TEACHER_TEACHER), formed("10.09.2022"), completed("31.05.2023"))
                .asOf("01.06.2023");
        // then
        assertEquals(PersonKind.SCHOOL_STUDENT, person(s, "u1").kind());
        assertEquals(PersonKind.SCHOOL_STUDENT, person(s, "u3").kind());
        assertEquals(PersonKind.TEACHER, person(s, "t2").kind());
        assertEquals(STUDENT_STUDENT, s.mentorships().get(0).form());
        assertEquals(date("31.05.2023"), s.mentorships().get(1).completedOn().orElseThrow());
        assertEquals(date("01.06.2023"), s.asOf());
    }

    @Test
    void should_generate_ids_that_never_clash_with_named_ones() {
        // when
        Snapshot s = Scenario.in("42").school("s1")
                .pair(mentor("t1"), mentee("t2"), formed("10.09.2022"))
                .pair("pair-1", mentor("t3"), mentee("t4"), formed("10.09.2022"))
                .meeting("pair-1", MeetingKind.ACQUAINTANCE, "12.09.2022")
                .meeting("pair-1", MeetingKind.WORKING, "20.09.2022", confirmed(), feedback())
                .snapshot();
        // then
        assertEquals(List.of("pair-2", "pair-1"), s.mentorships().stream().map(Mentorship::id).toList());
        assertEquals("meeting-2", s.meetings().get(1).id());
        assertTrue(s.meetings().get(1).confirmationFormFilled() && s.meetings().get(1).feedbackRecorded());
    }

    @Test
    void should_cover_every_kind_of_record() {
        // when
        Snapshot s = Scenario.in(Scenario.municipality("42", "Таштагольский район"))
                .centre("mc").college("k1").enterprise("e1").at("k1")
                .person("h1", PersonKind.HEAD).student("u1", "15.03.2010").teacher("t1", 2)
                .curator("h1", "01.09.2022", "31.08.2023")
                .adopts(TEACHER_TEACHER, "01.09.2022")
                .pair("p1", mentor("t9"), mentee("t1"), formed("10.09.2022"), completed("20.05.2023"))
                .meeting("p1", MeetingKind.FINAL, "20.05.2023", reflection())
                .consent("u1", ConsentKind.PERSONAL_DATA, "05.09.2022")
                .consent("t1", ConsentKind.EXTRA_DUTIES, ConsentGiver.SELF, "05.09.2022")
                .training("t9", "30.08.2022")
                .localAct(LocalActKind.MENTORING_REGULATION, "25.08.2022")
                .agreement("e1", "01.09.2022").agreement("e2", "02.09.2022")
                .monitoring(MonitoringKind.INTERIM, "25.12.2022").monitoring(MonitoringKind.FINAL, "25.05.2023", "p1")
                .listUpdate(ListKind.CURATORS, "01.10.2022")
                .roadmap("r1", activity("1.1", "Назначить кураторов", "до 01.10.2022"))
                .completion("r1", "1.1", "30.09.2022")
                .with(b -> b.addTargetIndicators())
                .asOf("01.06.2023");
        // then
        assertEquals(List.of(OrganizationKind.MENTORING_CENTRE, OrganizationKind.COLLEGE, OrganizationKind.ENTERPRISE,
                OrganizationKind.ENTERPRISE), s.organizations().stream().map(o -> o.kind()).toList());
        assertEquals("Таштагольский район", s.organizations().get(0).municipality().orElseThrow());
        assertEquals(ConsentGiver.LEGAL_REPRESENTATIVE, s.consents().get(0).givenBy());
        assertEquals(2, person(s, "t1").experienceYears().getAsInt());
        assertEquals(date("31.08.2023"), s.curatorAppointments().get(0).endedOn().orElseThrow());
        assertEquals("k1", s.localActs().get(0).organizationId());
        assertEquals(List.of("agreement-1", "agreement-2"), s.agreements().stream().map(a -> a.id()).toList());
        assertEquals("p1", s.monitoringReports().get(1).mentorshipId().orElseThrow());
        assertEquals(RoadmapLevel.MUNICIPAL, s.roadmaps().get(0).level());
        assertTrue(s.roadmaps().get(0).activities().get(0).deadline() instanceof ByDate, s.roadmaps().toString());
        assertEquals(1, s.completions().size());
        assertEquals(1, s.trainings().size());
        assertEquals(1, s.listUpdates().size());
        assertTrue(s.meetings().get(0).reflectionRecorded());
    }

    @Test
    void should_validate_the_whole_snapshot() {
        // given a meeting of a pair that does not exist
        Scenario s = Scenario.in("42").school("s1").pair("p1", mentor("t1"), mentee("t2"), formed("10.09.2022"))
                .meeting("p9", MeetingKind.TRIAL, "15.09.2022");
        // when
        ValidationException e = assertThrows(ValidationException.class, s::snapshot);
        // then
        assertEquals(List.of(Problem.of("meetings[0].mentorshipId", "p9", "no mentorship has this id")), e.problems());
    }

    @Test
    void should_name_the_value_and_the_fix_when_a_scenario_is_written_wrong() {
        assertEquals("date (31.02.2022) is not a date; write it as 01.09.2022 or 2022-09-01",
                assertThrows(IllegalArgumentException.class, () -> date("31.02.2022")).getMessage());
        assertEquals("curator c1 needs an organization; add one first, such as school(\"s1\")",
                assertThrows(IllegalStateException.class, () -> Scenario.in("42").curator("c1", "01.09.2022")).getMessage());
        assertEquals("organization (s1) was added twice; to switch to it, use at(\"s1\")",
                assertThrows(IllegalArgumentException.class, () -> Scenario.in("42").school("s1").school("s1")).getMessage());
        assertEquals("pair (p1) has no mentor; add mentor(\"t1\")",
                assertThrows(IllegalArgumentException.class, () -> Scenario.in("42").school("s1").pair("p1", mentee("t2")))
                        .getMessage());
        assertEquals("formed(2022-09-10) is given twice for pair (p1)",
                assertThrows(IllegalArgumentException.class, () -> Scenario.in("42").school("s1")
                        .pair("p1", mentor("t1"), formed("10.09.2022"), formed("10.09.2022"))).getMessage());
        assertEquals("feedback() applies to a meeting, not to pair (p1)",
                assertThrows(IllegalArgumentException.class, () -> Scenario.in("42").school("s1")
                        .pair("p1", mentor("t1"), feedback())).getMessage());
        assertEquals("mentor(t1) applies to a pair, not to a meeting of (p1)",
                assertThrows(IllegalArgumentException.class, () -> Scenario.in("42").school("s1")
                        .meeting("p1", MeetingKind.TRIAL, "10.09.2022", mentor("t1"))).getMessage());
        assertEquals("no organization has id (s2); known: [s1]",
                assertThrows(IllegalArgumentException.class, () -> Scenario.in("42").school("s1").at("s2")).getMessage());
        assertEquals("pair id ( ) must not be blank",
                assertThrows(IllegalArgumentException.class, () -> Scenario.in("42").school("s1").pair(" ", mentor("t1")))
                        .getMessage());
    }

    private static Person person(Snapshot s, String id) {
        return s.people().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }
}
