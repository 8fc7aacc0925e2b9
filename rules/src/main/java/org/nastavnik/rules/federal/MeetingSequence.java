package org.nastavnik.rules.federal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
import org.nastavnik.model.Meeting;
import org.nastavnik.model.MeetingKind;

/**
 * The order of the meetings of one pair or group: acquaintance → trial → planning → working* →
 * final. The DRL rule {@code MEETING_ORDER} collects a mentorship's meetings and reports the
 * problems found here, one per offending meeting. Public because the executable model generated
 * from the DRL calls it from other packages; a caller may use it to check a pair's plan of
 * meetings before entering it.
 *
 * <p>Meetings are read in order of date, then id. Each meeting gets at most one problem, the
 * first of these that applies:
 * <ol>
 * <li>{@link MeetingOrderProblemKind#REPEATED}: an acquaintance, trial, planning or final
 *     meeting after an earlier one of the same kind (the other meeting is that first one);
 * <li>{@link MeetingOrderProblemKind#AFTER_FINAL}: any meeting after the first final meeting
 *     (the other meeting is the final one);
 * <li>{@link MeetingOrderProblemKind#WORKING_BEFORE_PLANNING}: a working meeting before the
 *     first planning meeting that precedes the final one (the other meeting is that planning one);
 * <li>{@link MeetingOrderProblemKind#OUT_OF_ORDER}: a meeting after an accepted meeting of a
 *     later stage (the other meeting is the first such).
 * </ol>
 * A meeting with a problem is left out of the order the later meetings are compared with, so
 * one misplaced meeting is reported once, not again through each meeting after it. A stage
 * that has not taken place (no trial meeting, no planning meeting yet) is not an order problem.
 */
public final class MeetingSequence {

    /** Date, then id: the order in which the meetings are read. */
    public static final Comparator<Meeting> ORDER = Comparator.comparing(Meeting::date).thenComparing(Meeting::id);

    private MeetingSequence() {
    }

    /**
     * Finds the problems of order among the meetings of one mentorship.
     *
     * @param meetings  the meetings of one mentorship, in any order, not null
     * @return the problems, one per offending meeting, in the order of the meetings; empty if
     *     the meetings follow the prescribed order
     */
    public static List<MeetingOrderProblem> problems(List<Meeting> meetings) {
        return inStageOrder(Objects.requireNonNull(meetings, "meetings")) ? List.of() : allProblems(meetings);
    }

    /** The problems, found the long way: {@link #problems} without its shortcut for meetings in order. */
    static List<MeetingOrderProblem> allProblems(List<Meeting> meetings) {
        List<Meeting> sorted = new ArrayList<>(meetings);
        sorted.sort(ORDER);
        Optional<Meeting> finalMeeting = sorted.stream().filter(m -> m.kind() == MeetingKind.FINAL).findFirst();
        Optional<Meeting> firstPlanning = sorted.stream()
                .filter(m -> m.kind() == MeetingKind.PLANNING)
                .filter(m -> finalMeeting.map(f -> ORDER.compare(m, f) < 0).orElse(true))
                .findFirst();
        Map<MeetingKind, Meeting> firstOfKind = new EnumMap<>(MeetingKind.class);
        List<Meeting> accepted = new ArrayList<>();
        Meeting firstFinal = null;
        List<MeetingOrderProblem> problems = new ArrayList<>();
        for (Meeting m : sorted) {
            Meeting earlierOfKind = m.kind() == MeetingKind.WORKING ? null : firstOfKind.get(m.kind());
            if (earlierOfKind != null) {
                problems.add(new MeetingOrderProblem(MeetingOrderProblemKind.REPEATED, m, earlierOfKind));
                continue;
            }
            firstOfKind.put(m.kind(), m);
            if (firstFinal != null) {
                problems.add(new MeetingOrderProblem(MeetingOrderProblemKind.AFTER_FINAL, m, firstFinal));
                continue;
            }
            if (m.kind() == MeetingKind.FINAL) {
                firstFinal = m;
            }
            if (m.kind() == MeetingKind.WORKING && firstPlanning.isPresent()
                    && ORDER.compare(m, firstPlanning.get()) < 0) {
                problems.add(new MeetingOrderProblem(MeetingOrderProblemKind.WORKING_BEFORE_PLANNING, m,
                        firstPlanning.get()));
                continue;
            }
            Meeting later = accepted.stream().filter(a -> a.kind().compareTo(m.kind()) > 0).findFirst().orElse(null);
            if (later != null) {
                problems.add(new MeetingOrderProblem(MeetingOrderProblemKind.OUT_OF_ORDER, m, later));
                continue;
            }
            accepted.add(m);
        }
        return List.copyOf(problems);
    }

    /**
     * Whether the meetings, as given, are in reading order and each at a stage no earlier than
     * the one before, with only working meetings repeated: then none has a problem. Most pairs'
     * meetings are, and a check reads every pair's, so this is answered without sorting or
     * allocating.
     */
    private static boolean inStageOrder(List<Meeting> meetings) {
        // By index, not by iterator, and comparing date then id directly, not through ORDER: the
        // three MEETING_ORDER variants ask this of every pair's meetings (views of an
        // unmodifiable list), and the wrapped iterators and chained comparators cost more than
        // the test itself (issue 23).
        if (!(meetings instanceof RandomAccess)) {
            meetings = new ArrayList<>(meetings);
        }
        int n = meetings.size();
        for (int i = 1; i < n; i++) {
            Meeting previous = meetings.get(i - 1);
            Meeting m = meetings.get(i);
            int stage = m.kind().compareTo(previous.kind());
            if (stage < 0 || (stage == 0 && m.kind() != MeetingKind.WORKING) || after(previous, m)) {
                return false;
            }
        }
        return true;
    }

    /** @return whether {@code a} comes after {@code b} in {@link #ORDER} */
    private static boolean after(Meeting a, Meeting b) {
        int byDate = a.date().compareTo(b.date());
        return byDate > 0 || (byDate == 0 && a.id().compareTo(b.id()) > 0);
    }
}
