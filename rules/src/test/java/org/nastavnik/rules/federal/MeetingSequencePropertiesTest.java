package org.nastavnik.rules.federal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.nastavnik.model.Meeting;
import org.nastavnik.model.MeetingKind;

/** Properties of the sequence check behind MEETING_ORDER. */
class MeetingSequencePropertiesTest {

    private static final LocalDate DAY0 = LocalDate.of(2022, 9, 1);

    /** A valid sequence: each single stage present or not, 0..6 working meetings, distinct increasing dates. */
    @Provide
    Arbitrary<List<Meeting>> validSequences() {
        Arbitrary<Boolean> present = Arbitraries.of(true, false);
        return Combinators.combine(present, present, present, Arbitraries.integers().between(0, 6), present,
                Arbitraries.integers().between(1, 20).list().ofSize(11))
                .as((acq, trial, planning, working, fin, gaps) -> {
                    List<MeetingKind> kinds = new ArrayList<>();
                    if (acq) {
                        kinds.add(MeetingKind.ACQUAINTANCE);
                    }
                    if (trial) {
                        kinds.add(MeetingKind.TRIAL);
                    }
                    if (planning) {
                        kinds.add(MeetingKind.PLANNING);
                    }
                    for (int i = 0; i < working; i++) {
                        kinds.add(MeetingKind.WORKING);
                    }
                    if (fin) {
                        kinds.add(MeetingKind.FINAL);
                    }
                    List<Meeting> out = new ArrayList<>();
                    LocalDate d = DAY0;
                    for (int i = 0; i < kinds.size(); i++) {
                        d = d.plusDays(gaps.get(i));
                        out.add(meeting("m" + i, kinds.get(i), d));
                    }
                    return out;
                });
    }

    /** Any meetings: random kinds, dates within a month (ties likely), ids m0.. . */
    @Provide
    Arbitrary<List<Meeting>> anyMeetings() {
        Arbitrary<MeetingKind> kinds = Arbitraries.of(MeetingKind.class);
        Arbitrary<Integer> days = Arbitraries.integers().between(0, 30);
        return Combinators.combine(kinds, days).as((k, d) -> new Object[] {k, d}).list().ofMaxSize(12)
                .map(rows -> {
                    List<Meeting> out = new ArrayList<>();
                    for (int i = 0; i < rows.size(); i++) {
                        out.add(meeting("m" + i, (MeetingKind) rows.get(i)[0], DAY0.plusDays((Integer) rows.get(i)[1])));
                    }
                    return out;
                });
    }

    @Property
    void the_shortcut_for_meetings_in_order_finds_what_the_long_way_finds(@ForAll("anyMeetings") List<Meeting> any,
            @ForAll("validSequences") List<Meeting> valid) {
        assertEquals(MeetingSequence.allProblems(any), MeetingSequence.problems(any));
        assertEquals(MeetingSequence.allProblems(valid), MeetingSequence.problems(valid));
    }

    @Property
    void a_valid_sequence_has_no_problem(@ForAll("validSequences") List<Meeting> meetings) {
        assertEquals(List.of(), MeetingSequence.problems(meetings));
    }

    @Property
    void any_permutation_of_the_dates_stays_valid_or_names_a_real_meeting(
            @ForAll("validSequences") List<Meeting> valid, @ForAll long seed) {
        // given the same meetings with their dates shuffled among them
        List<LocalDate> dates = new ArrayList<>(valid.stream().map(Meeting::date).toList());
        Collections.shuffle(dates, new Random(seed));
        List<Meeting> permuted = new ArrayList<>();
        for (int i = 0; i < valid.size(); i++) {
            permuted.add(meeting(valid.get(i).id(), valid.get(i).kind(), dates.get(i)));
        }
        // when
        List<MeetingOrderProblem> problems = MeetingSequence.problems(permuted);
        // then it stays valid exactly when the kinds, read by date, are still in stage order
        List<Meeting> byDate = new ArrayList<>(permuted);
        byDate.sort(MeetingSequence.ORDER);
        boolean stillOrdered = true;
        for (int i = 1; i < byDate.size(); i++) {
            stillOrdered &= byDate.get(i - 1).kind().compareTo(byDate.get(i).kind()) <= 0;
        }
        assertEquals(stillOrdered, problems.isEmpty(), problems.toString());
        // and every problem names real meetings
        for (MeetingOrderProblem p : problems) {
            assertTrue(permuted.contains(p.meeting()), p.toString());
            assertTrue(permuted.contains(p.other()), p.toString());
        }
    }

    @Property
    void every_problem_names_two_different_real_meetings_once_each(@ForAll("anyMeetings") List<Meeting> meetings) {
        List<MeetingOrderProblem> problems = MeetingSequence.problems(meetings);
        Set<String> flagged = new HashSet<>();
        for (MeetingOrderProblem p : problems) {
            assertTrue(meetings.contains(p.meeting()) && meetings.contains(p.other()), p.toString());
            assertNotEquals(p.meeting().id(), p.other().id(), p.toString());
            assertTrue(flagged.add(p.meeting().id()), "one problem per meeting: " + problems);
        }
    }

    @Property
    void the_meetings_without_a_problem_form_a_valid_sequence(@ForAll("anyMeetings") List<Meeting> meetings) {
        Set<Meeting> flagged = new HashSet<>();
        MeetingSequence.problems(meetings).forEach(p -> flagged.add(p.meeting()));
        List<Meeting> rest = meetings.stream().filter(m -> !flagged.contains(m)).toList();
        assertEquals(List.of(), MeetingSequence.problems(rest));
    }

    @Property
    void the_order_in_which_meetings_are_given_does_not_matter(@ForAll("anyMeetings") List<Meeting> meetings,
            @ForAll long seed) {
        List<Meeting> shuffled = new ArrayList<>(meetings);
        Collections.shuffle(shuffled, new Random(seed));
        assertEquals(MeetingSequence.problems(meetings), MeetingSequence.problems(shuffled));
    }

    @Property
    void a_problem_points_the_right_way(@ForAll("anyMeetings") List<Meeting> meetings) {
        for (MeetingOrderProblem p : MeetingSequence.problems(meetings)) {
            int cmp = MeetingSequence.ORDER.compare(p.meeting(), p.other());
            switch (p.kind()) {
                case REPEATED -> assertTrue(cmp > 0 && p.meeting().kind() == p.other().kind(), p.toString());
                case AFTER_FINAL -> assertTrue(cmp > 0 && p.other().kind() == MeetingKind.FINAL, p.toString());
                case WORKING_BEFORE_PLANNING -> assertTrue(cmp < 0 && p.meeting().kind() == MeetingKind.WORKING
                        && p.other().kind() == MeetingKind.PLANNING, p.toString());
                case OUT_OF_ORDER -> assertTrue(cmp > 0 && p.other().kind().compareTo(p.meeting().kind()) > 0,
                        p.toString());
                default -> throw new AssertionError(p);
            }
        }
    }

    private static Meeting meeting(String id, MeetingKind kind, LocalDate date) {
        return Meeting.builder().id(id).mentorshipId("p1").kind(kind).date(date).build();
    }
}
