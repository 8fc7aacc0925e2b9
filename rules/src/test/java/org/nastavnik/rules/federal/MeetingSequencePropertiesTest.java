package org.nastavnik.rules.federal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nastavnik.model.Meeting;
import org.nastavnik.model.MeetingGenerator;
import org.nastavnik.model.MeetingKind;
import org.nastavnik.pbt.Gens;
import org.nastavnik.pbt.Pbt;
import org.quicktheories.core.Gen;

/** Properties of the sequence check behind MEETING_ORDER. */
class MeetingSequencePropertiesTest {

    /** Tries of a property over valid sequences. */
    private static final int TRIES = 1100;

    /** Tries of a property over any meetings: more, as small lists repeat and are checked once. */
    private static final int TRIES_ANY = 1200;

    /** A valid sequence: each single stage present or not, 0..6 working meetings, distinct increasing dates. */
    private static Gen<List<Meeting>> validSequences() {
        return MeetingGenerator.validSequences("p1");
    }

    /** Any meetings: random kinds, dates within a month (ties likely), ids m0.. . */
    private static Gen<List<Meeting>> anyMeetings() {
        return MeetingGenerator.anyMeetings("p1");
    }

    /** Meetings and the same meetings in another order. */
    record Shuffled(List<Meeting> meetings, List<Meeting> shuffled) {
    }

    private static Gen<Shuffled> shuffled(Gen<List<Meeting>> meetings) {
        return Gens.of(d -> {
            List<Meeting> m = d.draw(meetings);
            return new Shuffled(m, d.shuffled(m));
        });
    }

    @Test
    void the_shortcut_for_meetings_in_order_finds_what_the_long_way_finds() {
        Pbt.tries(TRIES_ANY).forAll(anyMeetings(), validSequences()).checkAssert((any, valid) -> {
            assertEquals(MeetingSequence.allProblems(any), MeetingSequence.problems(any));
            assertEquals(MeetingSequence.allProblems(valid), MeetingSequence.problems(valid));
        });
    }

    @Test
    void a_valid_sequence_has_no_problem() {
        Pbt.tries(TRIES).forAll(validSequences())
                .checkAssert(meetings -> assertEquals(List.of(), MeetingSequence.problems(meetings)));
    }

    @Test
    void any_permutation_of_the_dates_stays_valid_or_names_a_real_meeting() {
        Pbt.tries(TRIES).forAll(shuffled(validSequences())).checkAssert(s -> {
            // given the same meetings with their dates shuffled among them
            List<Meeting> valid = s.meetings();
            List<LocalDate> dates = s.shuffled().stream().map(Meeting::date).toList();
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
        });
    }

    @Test
    void every_problem_names_two_different_real_meetings_once_each() {
        Pbt.tries(TRIES_ANY).forAll(anyMeetings()).checkAssert(meetings -> {
            List<MeetingOrderProblem> problems = MeetingSequence.problems(meetings);
            Set<String> flagged = new HashSet<>();
            for (MeetingOrderProblem p : problems) {
                assertTrue(meetings.contains(p.meeting()) && meetings.contains(p.other()), p.toString());
                assertNotEquals(p.meeting().id(), p.other().id(), p.toString());
                assertTrue(flagged.add(p.meeting().id()), "one problem per meeting: " + problems);
            }
        });
    }

    @Test
    void the_meetings_without_a_problem_form_a_valid_sequence() {
        Pbt.tries(TRIES_ANY).forAll(anyMeetings()).checkAssert(meetings -> {
            Set<Meeting> flagged = new HashSet<>();
            MeetingSequence.problems(meetings).forEach(p -> flagged.add(p.meeting()));
            List<Meeting> rest = meetings.stream().filter(m -> !flagged.contains(m)).toList();
            assertEquals(List.of(), MeetingSequence.problems(rest));
        });
    }

    @Test
    void the_order_in_which_meetings_are_given_does_not_matter() {
        Pbt.tries(TRIES_ANY).forAll(shuffled(anyMeetings())).checkAssert(s ->
                assertEquals(MeetingSequence.problems(s.meetings()), MeetingSequence.problems(s.shuffled())));
    }

    @Test
    void a_problem_points_the_right_way() {
        Pbt.tries(TRIES_ANY).forAll(anyMeetings()).checkAssert(meetings -> {
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
        });
    }

    private static Meeting meeting(String id, MeetingKind kind, LocalDate date) {
        return MeetingGenerator.meeting("p1", id, kind, date);
    }
}
