package org.nastavnik.rules.facts;

import org.nastavnik.rules.OrganizationFixtures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.nastavnik.model.Meeting;
import org.nastavnik.model.MeetingKind;
import org.nastavnik.model.MentoringForm;
import org.nastavnik.model.Snapshot;

/** A pair's meetings are the same whether the records come grouped in the order of the pairs or in any order. */
class MeetingsByMentorshipTest {

    private static List<Meeting> meetings() {
        List<Meeting> all = new ArrayList<>();
        String[] pairs = {"p1", "p2", "p3"};
        for (int p = 0; p < pairs.length; p++) {
            for (int k = 0; k < 2 + p; k++) {
                all.add(Meeting.builder().id(pairs[p] + "-m" + k).mentorshipId(pairs[p]).kind(MeetingKind.WORKING)
                        .date(OrganizationFixtures.date("01.10.2022").minusDays(3L * k)).build());
            }
        }
        return all;
    }

    private static Snapshot snapshot(List<Meeting> meetings) {
        return OrganizationFixtures.school()
                .addMentorships(OrganizationFixtures.pair("p1", "s1", MentoringForm.TEACHER_TEACHER, "t1", "t2", "01.09.2022"),
                        OrganizationFixtures.pair("p2", "s1", MentoringForm.TEACHER_TEACHER, "t1", "t3", "01.09.2022"),
                        OrganizationFixtures.pair("p3", "s1", MentoringForm.TEACHER_TEACHER, "t2", "t3", "01.09.2022"),
                        OrganizationFixtures.pair("p4", "s1", MentoringForm.TEACHER_TEACHER, "t3", "t1", "01.09.2022"))
                .addAllMeetings(meetings)
                .build();
    }

    private static Map<String, List<String>> derived(Snapshot s) {
        Map<String, List<String>> byPair = new TreeMap<>();
        new MeetingsByMentorship().deriveAll(s, f -> {
            MentorshipMeetings m = (MentorshipMeetings) f;
            byPair.put(m.mentorshipId(), m.meetings().stream().map(Meeting::id).toList());
        });
        return byPair;
    }

    @Test
    void should_give_each_pair_its_meetings_in_order_of_date_whatever_the_order_of_the_records() {
        Map<String, List<String>> expected = Map.of("p1", List.of("p1-m1", "p1-m0"), "p2", List.of("p2-m2", "p2-m1",
                "p2-m0"), "p3", List.of("p3-m3", "p3-m2", "p3-m1", "p3-m0"), "p4", List.of());

        assertEquals(expected, derived(snapshot(meetings())));
        for (long seed = 0; seed < 20; seed++) {
            List<Meeting> shuffled = meetings();
            Collections.shuffle(shuffled, new Random(seed));
            assertEquals(expected, derived(snapshot(shuffled)), "seed " + seed);
        }
    }

    @Test
    void should_answer_held_and_of_kind_as_a_scan_of_the_meetings_would() {
        java.util.Random random = new java.util.Random(3);
        for (int run = 0; run < 300; run++) {
            // given a pair's meetings of random kinds and days, in random order
            List<Meeting> meetings = new ArrayList<>();
            for (int k = 0; k < random.nextInt(8); k++) {
                meetings.add(Meeting.builder().id("m" + k).mentorshipId("p1")
                        .kind(MeetingKind.values()[random.nextInt(MeetingKind.values().length)])
                        .date(OrganizationFixtures.date("01.09.2022").plusDays(random.nextInt(20)))
                        .confirmationFormFilled(random.nextBoolean()).feedbackRecorded(random.nextBoolean()).build());
            }
            MentorshipMeetings fact = new MentorshipMeetings(OrganizationFixtures.pair("p1", "s1",
                    MentoringForm.TEACHER_TEACHER, "t1", "t2", "01.09.2022"), new ArrayList<>(meetings));
            java.time.LocalDate day = OrganizationFixtures.date("01.09.2022").plusDays(random.nextInt(22) - 1);

            for (MeetingKind kind : MeetingKind.values()) {
                // then
                boolean scan = meetings.stream().anyMatch(m -> m.kind() == kind && !m.date().isAfter(day));
                assertEquals(scan, fact.held(kind, day), kind + " by " + day + " in " + meetings);
                assertEquals(meetings.stream().filter(m -> m.kind() == kind).map(Meeting::id).sorted().toList(),
                        fact.ofKind(kind).stream().map(Meeting::id).sorted().toList());
            }
            assertEquals(meetings.stream().filter(m -> !m.date().isAfter(day)).count(), fact.heldBy(day).size());
            assertEquals(meetings.stream().filter(m -> m.kind() == MeetingKind.WORKING
                    && (!m.confirmationFormFilled() || !m.feedbackRecorded())).map(Meeting::id).sorted().toList(),
                    fact.workingUnconfirmed().stream().map(Meeting::id).sorted().toList());
            // a pair whose meetings follow the stages has no problem of order by any day; one that does not has some
            assertEquals(fact.stagesInOrder(), org.nastavnik.rules.federal.MeetingSequence.problems(meetings).isEmpty(),
                    meetings.toString());
            if (fact.stagesInOrder()) {
                assertEquals(List.of(), org.nastavnik.rules.federal.MeetingSequence.problems(fact.heldBy(day)));
            }
        }
    }
}
