package org.nastavnik.rules.federal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.nastavnik.model.MeetingKind.ACQUAINTANCE;
import static org.nastavnik.model.MeetingKind.FINAL;
import static org.nastavnik.model.MeetingKind.PLANNING;
import static org.nastavnik.model.MeetingKind.TRIAL;
import static org.nastavnik.model.MeetingKind.WORKING;
import static org.nastavnik.rules.federal.MeetingOrderProblemKind.AFTER_FINAL;
import static org.nastavnik.rules.federal.MeetingOrderProblemKind.OUT_OF_ORDER;
import static org.nastavnik.rules.federal.MeetingOrderProblemKind.REPEATED;
import static org.nastavnik.rules.federal.MeetingOrderProblemKind.WORKING_BEFORE_PLANNING;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nastavnik.model.Meeting;
import org.nastavnik.model.MeetingKind;

/** The sequence check behind MEETING_ORDER, one case per kind of problem and per tie-break. */
class MeetingSequenceTest {

    private static final LocalDate DAY0 = LocalDate.of(2022, 9, 1);

    /** Meeting {@code id} of kind {@code kind} on day {@code day} after 01.09.2022. */
    private static Meeting m(String id, MeetingKind kind, int day) {
        return Meeting.builder().id(id).mentorshipId("p1").kind(kind).date(DAY0.plusDays(day)).build();
    }

    private static String describe(List<MeetingOrderProblem> problems) {
        List<String> out = new ArrayList<>();
        for (MeetingOrderProblem p : problems) {
            out.add(p.meeting().id() + " " + p.kind() + " " + p.other().id());
        }
        return String.join("; ", out);
    }

    @Test
    void should_find_nothing_in_the_full_prescribed_sequence() {
        // given
        List<Meeting> meetings = List.of(m("a", ACQUAINTANCE, 1), m("t", TRIAL, 2), m("p", PLANNING, 3),
                m("w1", WORKING, 4), m("w2", WORKING, 5), m("f", FINAL, 6));
        // when / then
        assertEquals(List.of(), MeetingSequence.problems(meetings));
    }

    @Test
    void should_find_nothing_when_stages_are_missing() {
        // given no trial and no planning meeting: missing stages are not an order problem
        List<Meeting> meetings = List.of(m("a", ACQUAINTANCE, 1), m("w1", WORKING, 4), m("f", FINAL, 6));
        // when / then
        assertEquals(List.of(), MeetingSequence.problems(meetings));
        assertEquals(List.of(), MeetingSequence.problems(List.of()));
        assertEquals(List.of(), MeetingSequence.problems(List.of(m("w", WORKING, 1))));
    }

    @Test
    void should_read_the_meetings_by_date_whatever_the_order_given() {
        // given the prescribed sequence listed backwards
        List<Meeting> meetings = new ArrayList<>(List.of(m("a", ACQUAINTANCE, 1), m("t", TRIAL, 2),
                m("p", PLANNING, 3), m("w", WORKING, 4), m("f", FINAL, 6)));
        Collections.reverse(meetings);
        // when / then
        assertEquals(List.of(), MeetingSequence.problems(meetings));
    }

    @Test
    void should_name_the_first_later_stage_meeting_an_early_stage_meeting_should_have_preceded() {
        // given trial t after planning p and working w
        List<Meeting> meetings = List.of(m("a", ACQUAINTANCE, 1), m("p", PLANNING, 2), m("w", WORKING, 3),
                m("t", TRIAL, 4));
        // when
        List<MeetingOrderProblem> problems = MeetingSequence.problems(meetings);
        // then
        assertEquals(List.of(new MeetingOrderProblem(OUT_OF_ORDER, meetings.get(3), meetings.get(1))), problems);
    }

    @Test
    void should_report_an_acquaintance_after_the_trial_meeting() {
        // given
        List<Meeting> meetings = List.of(m("t", TRIAL, 1), m("a", ACQUAINTANCE, 2));
        // when / then
        assertEquals("a OUT_OF_ORDER t", describe(MeetingSequence.problems(meetings)));
    }

    @Test
    void should_report_every_working_meeting_before_the_planning_meeting_and_not_the_planning_meeting() {
        // given
        List<Meeting> meetings = List.of(m("a", ACQUAINTANCE, 1), m("w1", WORKING, 2), m("w2", WORKING, 3),
                m("p", PLANNING, 4), m("w3", WORKING, 5));
        // when / then
        assertEquals("w1 WORKING_BEFORE_PLANNING p; w2 WORKING_BEFORE_PLANNING p",
                describe(MeetingSequence.problems(meetings)));
    }

    @Test
    void should_report_a_repeated_single_meeting_against_the_first_of_its_kind() {
        // given
        List<Meeting> meetings = List.of(m("a1", ACQUAINTANCE, 1), m("t1", TRIAL, 2), m("t2", TRIAL, 3),
                m("p1", PLANNING, 4), m("p2", PLANNING, 5), m("a2", ACQUAINTANCE, 6));
        // when
        List<MeetingOrderProblem> problems = MeetingSequence.problems(meetings);
        // then
        assertEquals("t2 REPEATED t1; p2 REPEATED p1; a2 REPEATED a1", describe(problems));
        assertEquals(REPEATED, problems.get(0).kind());
    }

    @Test
    void should_report_everything_after_the_final_meeting_and_a_second_final_as_repeated() {
        // given
        List<Meeting> meetings = List.of(m("a", ACQUAINTANCE, 1), m("f1", FINAL, 2), m("w", WORKING, 3),
                m("f2", FINAL, 4), m("t", TRIAL, 5));
        // when / then
        assertEquals("w AFTER_FINAL f1; f2 REPEATED f1; t AFTER_FINAL f1", describe(MeetingSequence.problems(meetings)));
    }

    @Test
    void should_not_blame_working_meetings_for_a_planning_meeting_held_after_the_final_one() {
        // given the planning meeting came after the final one: it is the misplaced meeting
        List<Meeting> meetings = List.of(m("a", ACQUAINTANCE, 1), m("w", WORKING, 2), m("f", FINAL, 3),
                m("p", PLANNING, 4));
        // when / then
        assertEquals("p AFTER_FINAL f", describe(MeetingSequence.problems(meetings)));
    }

    @Test
    void should_report_a_misplaced_meeting_once_and_not_through_the_meetings_after_it() {
        // given a working meeting before everything: trial and planning are fine after it
        List<Meeting> meetings = List.of(m("w0", WORKING, 1), m("a", ACQUAINTANCE, 2), m("t", TRIAL, 3),
                m("p", PLANNING, 4), m("w1", WORKING, 5));
        // when / then
        assertEquals("w0 WORKING_BEFORE_PLANNING p", describe(MeetingSequence.problems(meetings)));
    }

    @Test
    void should_break_ties_of_the_same_day_by_id() {
        // given an acquaintance and a trial meeting on the same day
        List<Meeting> byId = List.of(m("1", ACQUAINTANCE, 1), m("2", TRIAL, 1));
        List<Meeting> reversed = List.of(m("1", TRIAL, 1), m("2", ACQUAINTANCE, 1));
        // when / then
        assertEquals("", describe(MeetingSequence.problems(byId)));
        assertEquals("2 OUT_OF_ORDER 1", describe(MeetingSequence.problems(reversed)));
    }

    @Test
    void should_report_the_first_problem_only_when_several_apply() {
        // given a second acquaintance after the final meeting: repeated wins over after-final
        List<Meeting> meetings = List.of(m("a1", ACQUAINTANCE, 1), m("f", FINAL, 2), m("a2", ACQUAINTANCE, 3));
        // when / then
        assertEquals("a2 REPEATED a1", describe(MeetingSequence.problems(meetings)));
        assertEquals(AFTER_FINAL, MeetingSequence.problems(List.of(m("f", FINAL, 1), m("w", WORKING, 2))).get(0).kind());
        assertEquals(WORKING_BEFORE_PLANNING,
                MeetingSequence.problems(List.of(m("w", WORKING, 1), m("p", PLANNING, 2))).get(0).kind());
    }

    @Test
    void should_refuse_a_null_list_naming_it() {
        // when
        NullPointerException e = assertThrows(NullPointerException.class, () -> MeetingSequence.problems(null));
        // then
        assertEquals("meetings", e.getMessage());
    }
}
