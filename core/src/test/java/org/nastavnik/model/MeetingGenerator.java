package org.nastavnik.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.nastavnik.pbt.Gens;
import org.quicktheories.core.Gen;

/**
 * Generates the meetings of one pair for property tests: sequences in stage order (acquaintance,
 * trial, planning, working meetings, final) and meetings of any kinds on any days, ties likely.
 * Ids are {@code m0}, {@code m1}, … in the order generated; dates start on {@link #DAY0}.
 */
public final class MeetingGenerator {
    /** The first day meetings can fall on: 1 September 2022. */
    public static final LocalDate DAY0 = LocalDate.of(2022, 9, 1);

    /** The longest valid sequence: each single stage and six working meetings. */
    public static final int MAX_WORKING = 6;

    /** The most meetings {@link #anyMeetings} makes. */
    public static final int MAX_ANY = 12;

    private MeetingGenerator() {
    }

    /**
     * A valid sequence: each single stage present or not, 0 to {@value #MAX_WORKING} working meetings,
     * dates distinct and increasing by 1 to 20 days.
     *
     * @param mentorshipId  the pair's id
     * @return the generator, shrinking to fewer meetings closer together
     */
    public static Gen<List<Meeting>> validSequences(String mentorshipId) {
        return Gens.of(d -> {
            List<MeetingKind> kinds = new ArrayList<>();
            for (MeetingKind single : List.of(MeetingKind.ACQUAINTANCE, MeetingKind.TRIAL, MeetingKind.PLANNING)) {
                if (d.maybe()) {
                    kinds.add(single);
                }
            }
            for (int i = d.between(0, MAX_WORKING); i > 0; i--) {
                kinds.add(MeetingKind.WORKING);
            }
            if (d.maybe()) {
                kinds.add(MeetingKind.FINAL);
            }
            List<Meeting> out = new ArrayList<>();
            LocalDate day = DAY0;
            for (int i = 0; i < kinds.size(); i++) {
                day = day.plusDays(d.between(1, 20));
                out.add(meeting(mentorshipId, "m" + i, kinds.get(i), day));
            }
            return out;
        });
    }

    /**
     * Any meetings: 0 to {@value #MAX_ANY} of random kinds on days within a month of {@link #DAY0}.
     *
     * @param mentorshipId  the pair's id
     * @return the generator, shrinking to fewer meetings of earlier kinds on earlier days
     */
    public static Gen<List<Meeting>> anyMeetings(String mentorshipId) {
        return Gens.of(d -> {
            List<Meeting> out = new ArrayList<>();
            for (int i = 0, n = d.between(0, MAX_ANY); i < n; i++) {
                out.add(meeting(mentorshipId, "m" + i, d.pick(MeetingKind.class), DAY0.plusDays(d.between(0, 30))));
            }
            return out;
        });
    }

    /**
     * @param mentorshipId  the pair's id
     * @param id            the meeting's id
     * @param kind          its kind
     * @param date          its date
     * @return a meeting with nothing else recorded
     */
    public static Meeting meeting(String mentorshipId, String id, MeetingKind kind, LocalDate date) {
        return Meeting.builder().id(id).mentorshipId(mentorshipId).kind(kind).date(date).build();
    }
}
