package org.nastavnik.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nastavnik.model.CuratorAppointment;
import org.nastavnik.model.Meeting;
import org.nastavnik.model.MeetingKind;
import org.nastavnik.model.Mentorship;
import org.nastavnik.model.Roadmap;
import org.nastavnik.model.Snapshot;

class ComplianceSessionTest {

    /** The rules whose findings these tests name exactly; the others would only add noise. */
    private static final ComplianceEngine ENGINE = ComplianceEngine.builder().onlyRules(Set.of("CURATOR_MISSING",
            "PAIR_FORMED_LATE", "PAIR_INCOMPLETE", "WORKING_MEETING_NO_FEEDBACK", "COMPLETED_WITHOUT_FINAL",
            "MEETING_ORDER")).build();
    private static final ComplianceEngine FEDERAL = ComplianceEngine.federal();
    private static final LocalDate AS_OF = Fixtures.date("01.10.2022");

    /** School s1 with teachers t1..t5, the teacher form determined on 01.09.2022, no curator, no pair. */
    private static Snapshot base() {
        return Fixtures.school().addFormAdoptions(Fixtures.adopts("s1", "01.09.2022")).build();
    }

    private static List<String> keys(List<Finding> findings) {
        return findings.stream().map(Finding::key).toList();
    }

    private static void assertSameAsFullCheck(ComplianceSession session, Snapshot snapshot) {
        assertSameAsFullCheck(ENGINE, session, snapshot);
    }

    private static void assertSameAsFullCheck(ComplianceEngine engine, ComplianceSession session, Snapshot snapshot) {
        assertEquals(engine.check(snapshot, session.asOf()).findings(), session.report().findings());
    }

    @Test
    void should_hold_the_findings_of_a_full_check_when_opened() {
        // given
        Snapshot s = base();

        // when
        try (ComplianceSession session = ENGINE.openSession(s, AS_OF)) {

            // then
            assertEquals(List.of("CURATOR_MISSING|organization:s1",
                    "PAIR_FORMED_LATE|organization:s1|form=TEACHER_TEACHER|dueOn=2022-09-15"),
                    keys(session.report().findings()).stream().sorted().toList());
            assertSameAsFullCheck(session, s);
        }
    }

    @Test
    void should_remove_the_none_formed_finding_when_a_pair_is_formed_on_time() {
        // given
        Mentorship pair = Fixtures.pair("p1", "s1", "t1", List.of("t2"), "15.09.2022");
        try (ComplianceSession session = ENGINE.openSession(base(), AS_OF)) {

            // when
            FindingChanges changes = session.pairFormed(pair);

            // then
            assertEquals(List.of(), changes.added());
            assertEquals(List.of("PAIR_FORMED_LATE|organization:s1|form=TEACHER_TEACHER|dueOn=2022-09-15"),
                    keys(changes.removed()));
            assertSameAsFullCheck(session, Snapshot.builder().from(base()).addMentorships(pair).build());
        }
    }

    @Test
    void should_add_a_late_pair_finding_when_a_pair_is_formed_a_day_after_the_window() {
        // given
        Mentorship pair = Fixtures.pair("p1", "s1", "t1", List.of("t2"), "16.09.2022");
        try (ComplianceSession session = ENGINE.openSession(base(), AS_OF)) {

            // when
            FindingChanges changes = session.pairFormed(pair);

            // then
            assertEquals(List.of("PAIR_FORMED_LATE|organization:s1|mentorship:p1|dueOn=2022-09-15"),
                    keys(changes.added()));
            assertEquals("1", changes.added().get(0).evidence().get("daysLate"));
            assertEquals(List.of("PAIR_FORMED_LATE|organization:s1|form=TEACHER_TEACHER|dueOn=2022-09-15"),
                    keys(changes.removed()));
            assertSameAsFullCheck(session, Snapshot.builder().from(base()).addMentorships(pair).build());
        }
    }

    @Test
    void should_remove_the_curator_finding_when_a_curator_is_appointed_and_add_it_back_when_the_appointment_ends() {
        // given
        CuratorAppointment appointed = Fixtures.curator("t5", "s1", "20.09.2022");
        CuratorAppointment ended = CuratorAppointment.builder().from(appointed).endedOn(Fixtures.date("30.09.2022")).build();
        try (ComplianceSession session = ENGINE.openSession(base(), AS_OF)) {

            // when
            FindingChanges first = session.curatorAppointed(appointed);
            FindingChanges second = session.curatorAppointed(ended);

            // then
            assertEquals(List.of(), first.added());
            assertEquals(List.of("CURATOR_MISSING|organization:s1"), keys(first.removed()));
            assertEquals(List.of("CURATOR_MISSING|organization:s1"), keys(second.added()));
            assertEquals(List.of(), second.removed());
            assertSameAsFullCheck(session, Snapshot.builder().from(base()).addCuratorAppointments(ended).build());
        }
    }

    @Test
    void should_add_a_finding_when_a_working_meeting_without_feedback_is_recorded_and_remove_it_when_feedback_comes() {
        // given
        Mentorship pair = Fixtures.pair("p1", "s1", "t1", List.of("t2"), "10.09.2022");
        Snapshot before = Snapshot.builder().from(base()).addMentorships(pair).build();
        Meeting working = Meeting.builder().id("m1").mentorshipId("p1").kind(MeetingKind.WORKING)
                .date(Fixtures.date("20.09.2022")).build();
        Meeting withFeedback = Meeting.builder().from(working).confirmationFormFilled(true).feedbackRecorded(true).build();
        try (ComplianceSession session = ENGINE.openSession(before, AS_OF)) {

            // when
            FindingChanges recorded = session.meetingRecorded(working);
            FindingChanges corrected = session.meetingRecorded(withFeedback);

            // then
            assertEquals(List.of("WORKING_MEETING_NO_FEEDBACK|organization:s1|mentorship:p1|record:m1"),
                    keys(recorded.added()));
            assertEquals(List.of(), recorded.removed());
            assertEquals(List.of(), corrected.added());
            assertEquals(List.of("WORKING_MEETING_NO_FEEDBACK|organization:s1|mentorship:p1|record:m1"),
                    keys(corrected.removed()));
            assertSameAsFullCheck(session, Snapshot.builder().from(before).addMeetings(withFeedback).build());
        }
    }

    @Test
    void should_equal_a_full_check_of_the_federal_catalogue_when_a_meeting_is_recorded() {
        // given
        Mentorship pair = Fixtures.pair("p1", "s1", "t1", List.of("t2"), "10.09.2022");
        Snapshot before = Snapshot.builder().from(base()).addMentorships(pair).build();
        Meeting working = Meeting.builder().id("m1").mentorshipId("p1").kind(MeetingKind.WORKING)
                .date(Fixtures.date("20.09.2022")).build();
        try (ComplianceSession session = FEDERAL.openSession(before, AS_OF)) {
            List<Finding> expectedAdded = new ArrayList<>(
                    FEDERAL.check(Snapshot.builder().from(before).addMeetings(working).build(), AS_OF).findings());
            expectedAdded.removeAll(FEDERAL.check(before, AS_OF).findings());

            // when
            FindingChanges changes = session.meetingRecorded(working);

            // then
            assertEquals(expectedAdded, changes.added());
            assertSameAsFullCheck(FEDERAL, session, Snapshot.builder().from(before).addMeetings(working).build());
        }
    }

    @Test
    void should_add_an_incomplete_pair_finding_when_a_pair_changes_to_list_its_mentor_as_mentee() {
        // given
        Mentorship pair = Fixtures.pair("p1", "s1", "t1", List.of("t2"), "10.09.2022");
        Mentorship changed = Mentorship.builder().from(pair).menteeIds(List.of("t2", "t1")).build();
        try (ComplianceSession session = ENGINE.openSession(Snapshot.builder().from(base()).addMentorships(pair).build(),
                AS_OF)) {

            // when
            FindingChanges changes = session.pairFormed(changed);

            // then
            assertEquals(List.of("PAIR_INCOMPLETE|organization:s1|mentorship:p1|person:t1"), keys(changes.added()));
            assertEquals(List.of(), changes.removed());
            assertSameAsFullCheck(session, Snapshot.builder().from(base()).addMentorships(changed).build());
        }
    }

    @Test
    void should_restore_the_none_formed_finding_when_the_only_pair_is_removed() {
        // given
        Mentorship pair = Fixtures.pair("p1", "s1", "t1", List.of("t2"), "10.09.2022");
        try (ComplianceSession session = ENGINE.openSession(Snapshot.builder().from(base()).addMentorships(pair).build(),
                AS_OF)) {

            // when
            FindingChanges changes = session.apply(Change.remove(pair));

            // then
            assertEquals(List.of("PAIR_FORMED_LATE|organization:s1|form=TEACHER_TEACHER|dueOn=2022-09-15"),
                    keys(changes.added()));
            assertSameAsFullCheck(session, base());
        }
    }

    @Test
    void should_add_findings_whose_deadline_passes_when_the_date_advances() {
        // given
        try (ComplianceSession session = ENGINE.openSession(base(), Fixtures.date("15.09.2022"))) {

            // when
            FindingChanges changes = session.advanceTo(Fixtures.date("16.09.2022"));

            // then: the window's end passed; the curator finding holds still, with the new date as evidence
            assertEquals(List.of("CURATOR_MISSING|organization:s1",
                    "PAIR_FORMED_LATE|organization:s1|form=TEACHER_TEACHER|dueOn=2022-09-15"),
                    keys(changes.added()).stream().sorted().toList());
            assertEquals(List.of("CURATOR_MISSING|organization:s1"), keys(changes.removed()));
            assertEquals("2022-09-15", changes.removed().get(0).evidence().get("asOf"));
            assertEquals("2022-09-16", changes.added().stream().filter(f -> f.ruleId().equals("CURATOR_MISSING"))
                    .findFirst().orElseThrow().evidence().get("asOf"));
            assertEquals(Fixtures.date("16.09.2022"), session.asOf());
            assertSameAsFullCheck(session, base());
        }
    }

    @Test
    void should_equal_a_full_check_after_a_random_sequence_of_changes() {
        randomSequence(ENGINE, 7);
    }

    @Test
    void should_equal_a_full_check_of_the_federal_catalogue_after_a_random_sequence_of_changes() {
        randomSequence(FEDERAL, 8);
    }

    @Test
    void should_equal_a_full_check_of_roadmap_deadlines_counted_from_pairs_and_curators_after_random_changes() {
        randomSequence(FEDERAL, 9, withRoadmap());
    }

    @Test
    void should_report_the_roadmap_occurrence_of_a_pair_formed_on_a_new_day_and_drop_it_with_the_pair() {
        // given a roadmap activity due two weeks after each day a pair is formed
        try (ComplianceSession session = FEDERAL.openSession(withRoadmap(), AS_OF)) {
            Mentorship p = Fixtures.pair("p1", "s1", "t1", List.of("t2"), "05.09.2022");

            // when
            FindingChanges formed = session.pairFormed(p);
            FindingChanges removed = session.apply(Change.remove(p));

            // then
            List<String> due = formed.added().stream().filter(f -> f.ruleId().equals("ROADMAP_ACTIVITY_OVERDUE"))
                    .map(Finding::key).toList();
            assertEquals(1, due.size(), formed.added().toString());
            assertTrue(due.get(0).endsWith("dueOn=2022-09-19"), due.get(0));
            assertTrue(removed.removed().stream().anyMatch(f -> f.key().equals(due.get(0))), removed.toString());
            assertSameAsFullCheck(FEDERAL, session, withRoadmap());
        }
    }

    /**
     * {@link #base()} with a municipal roadmap whose activities are due two weeks after each day a
     * pair is formed, a curator appointed and a form determined.
     */
    private static Snapshot withRoadmap() {
        Roadmap rm = RoadmapFixtures.roadmap().addActivities(
                RoadmapFixtures.activity("1", "В течение двух недель с даты формирования наставнической пары").build(),
                RoadmapFixtures.activity("2", "В течение двух недель с даты назначения куратора").build(),
                RoadmapFixtures.activity("3", "В течение двух недель с даты определения модели").build()).build();
        return Snapshot.builder().from(base()).addRoadmaps(rm).build();
    }

    private static void randomSequence(ComplianceEngine engine, long seed) {
        randomSequence(engine, seed, base());
    }

    private static void randomSequence(ComplianceEngine engine, long seed, Snapshot base) {
        // given
        Random random = new Random(seed);
        List<Mentorship> pairs = new ArrayList<>();
        List<Meeting> meetings = new ArrayList<>();
        List<CuratorAppointment> curators = new ArrayList<>();
        try (ComplianceSession session = engine.openSession(base, AS_OF)) {
            for (int step = 0; step < 60; step++) {
                // when
                int what = random.nextInt(6);
                if (what >= 4 && !pairs.isEmpty()) {
                    Mentorship p = pairs.get(random.nextInt(pairs.size()));
                    MeetingKind kind = MeetingKind.values()[random.nextInt(MeetingKind.values().length)];
                    Meeting m = Meeting.builder().id("m" + step).mentorshipId(p.id()).kind(kind)
                            .date(p.formedOn().plusDays(random.nextInt(20))).feedbackRecorded(random.nextBoolean())
                            .build();
                    meetings.add(m);
                    session.meetingRecorded(m);
                } else if (what == 0 || pairs.isEmpty()) {
                    String mentor = "t" + (1 + random.nextInt(5));
                    String mentee = random.nextInt(5) == 0 ? mentor : "t" + (1 + random.nextInt(5));
                    Mentorship p = Mentorship.builder().from(Fixtures.pair("p" + step, "s1", mentor, List.of(mentee),
                            "01.09.2022")).formedOn(Fixtures.date("01.09.2022").plusDays(random.nextInt(30))).build();
                    pairs.add(p);
                    session.pairFormed(p);
                } else if (what == 1) {
                    Mentorship gone = pairs.remove(random.nextInt(pairs.size()));
                    List<Change> changes = new ArrayList<>();
                    meetings.stream().filter(m -> m.mentorshipId().equals(gone.id())).forEach(m -> changes.add(Change.remove(m)));
                    meetings.removeIf(m -> m.mentorshipId().equals(gone.id()));
                    changes.add(Change.remove(gone));
                    session.applyAll(changes);
                } else if (what == 2 && curators.isEmpty()) {
                    CuratorAppointment c = Fixtures.curator("t1", "s1", "0" + (1 + random.nextInt(9)) + ".09.2022");
                    curators.add(c);
                    session.curatorAppointed(c);
                } else if (!curators.isEmpty()) {
                    session.apply(Change.remove(curators.remove(0)));
                }

                // then
                assertSameAsFullCheck(engine, session, Snapshot.builder().from(base).addAllMentorships(pairs)
                        .addAllMeetings(meetings).addAllCuratorAppointments(curators).build());
            }
        }
    }

    @Test
    void should_refuse_a_meeting_of_a_mentorship_the_session_does_not_hold() {
        // given
        Meeting orphan = Meeting.builder().id("m1").mentorshipId("p9").kind(MeetingKind.WORKING)
                .date(Fixtures.date("20.09.2022")).build();
        try (ComplianceSession session = ENGINE.openSession(base(), AS_OF)) {

            // when
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> session.meetingRecorded(orphan));

            // then
            assertEquals("meeting m1.mentorshipId (p9) names no record the session holds", e.getMessage());
        }
    }

    @Test
    void should_refuse_to_remove_a_record_the_session_does_not_hold() {
        // given
        Mentorship absent = Fixtures.pair("p9", "s1", "t1", List.of("t2"), "10.09.2022");
        try (ComplianceSession session = ENGINE.openSession(base(), AS_OF)) {

            // when
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> session.apply(Change.remove(absent)));

            // then
            assertEquals("the session holds no record to remove (mentorship:p9)", e.getMessage());
        }
    }

    @Test
    void should_refuse_changes_when_closed() {
        // given
        ComplianceSession session = ENGINE.openSession(base(), AS_OF);
        session.close();

        // when
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> session.curatorAppointed(Fixtures.curator("t1", "s1", "01.09.2022")));

        // then
        assertEquals("the compliance session is closed", e.getMessage());
        session.close();
    }

    @Test
    void should_refuse_a_change_holding_something_other_than_a_snapshot_record() {
        // when
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Change.put("text"));

        // then
        assertTrue(e.getMessage().endsWith("got a java.lang.String"), e.getMessage());
    }
}
