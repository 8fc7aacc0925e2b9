package org.nastavnik.rules;

import static org.nastavnik.rules.Fixtures.date;

import java.util.List;
import org.nastavnik.common.DateRange;
import org.nastavnik.model.ImmutableSnapshot;
import org.nastavnik.model.Meeting;
import org.nastavnik.model.MeetingKind;
import org.nastavnik.model.MentoringForm;
import org.nastavnik.model.Mentorship;
import org.nastavnik.model.Programme;
import org.nastavnik.model.ProgrammeKind;

/**
 * Small snapshots for the meeting and programme rules: school s1 with teachers t1..t5 (see
 * {@link Fixtures#school()}), a teacher pair p1 (t1 mentors t2) formed on 01.09.2022, its
 * meetings, and personalised programmes.
 */
final class MeetingFixtures {

    static final String PAIR = "p1";

    private MeetingFixtures() {
    }

    /** School s1 with pair p1 (teacher – teacher, formed 01.09.2022, following programme pp1 of 3 months). */
    static ImmutableSnapshot.Builder schoolWithPair() {
        return Fixtures.school()
                .addProgrammes(personalised("pp1", "01.09.2022", "30.11.2022"))
                .addMentorships(pair().build());
    }

    /** Pair p1 of s1: t1 mentors t2, teacher – teacher, formed 01.09.2022, programme pp1. */
    static org.nastavnik.model.ImmutableMentorship.Builder pair() {
        return Mentorship.builder().id(PAIR).organizationId("s1").form(MentoringForm.TEACHER_TEACHER)
                .mentorId("t1").menteeIds(List.of("t2")).formedOn(date("01.09.2022")).programmeId("pp1");
    }

    /** A meeting of pair p1 without confirmation form, feedback or reflection. */
    static Meeting meeting(String id, MeetingKind kind, String on) {
        return Meeting.builder().id(id).mentorshipId(PAIR).kind(kind).date(date(on)).build();
    }

    /** A meeting of pair p1 with its confirmation form filled in and feedback recorded. */
    static Meeting recorded(String id, MeetingKind kind, String on) {
        return Meeting.builder().id(id).mentorshipId(PAIR).kind(kind).date(date(on))
                .confirmationFormFilled(true).feedbackRecorded(true).build();
    }

    /**
     * The prescribed sequence for pair p1, every meeting recorded: acquaintance m1 05.09.2022,
     * trial m2 12.09.2022, planning m3 19.09.2022, working m4 26.09.2022 and m5 03.10.2022,
     * final m6 30.11.2022.
     */
    static List<Meeting> prescribedSequence() {
        return List.of(
                recorded("m1", MeetingKind.ACQUAINTANCE, "05.09.2022"),
                recorded("m2", MeetingKind.TRIAL, "12.09.2022"),
                recorded("m3", MeetingKind.PLANNING, "19.09.2022"),
                recorded("m4", MeetingKind.WORKING, "26.09.2022"),
                recorded("m5", MeetingKind.WORKING, "03.10.2022"),
                recorded("m6", MeetingKind.FINAL, "30.11.2022"));
    }

    /** A personalised programme of s1 from {@code start} to {@code endInclusive}. */
    static Programme personalised(String id, String start, String endInclusive) {
        return programme(id, ProgrammeKind.PERSONALISED_PROGRAMME, start, endInclusive);
    }

    static Programme programme(String id, ProgrammeKind kind, String start, String endInclusive) {
        return Programme.builder().id(id).organizationId("s1").kind(kind)
                .period(DateRange.of(date(start), date(endInclusive))).build();
    }

    /** A subject naming a meeting or a programme. */
    static SubjectRef record(String id) {
        return SubjectRef.of(SubjectType.RECORD, id);
    }
}
