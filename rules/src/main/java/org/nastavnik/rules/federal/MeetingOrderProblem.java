package org.nastavnik.rules.federal;

import java.util.Objects;
import org.nastavnik.model.Meeting;

/**
 * A meeting out of its place in the sequence of its pair, and the meeting that decided it: the
 * one it repeats, the final meeting it follows, the planning meeting it should have followed,
 * or the later-stage meeting it should have preceded.
 *
 * @param kind  what is wrong
 * @param meeting  the offending meeting
 * @param other  the meeting it is compared with
 */
public record MeetingOrderProblem(MeetingOrderProblemKind kind, Meeting meeting, Meeting other) {

    /**
     * @throws NullPointerException if any argument is null
     */
    public MeetingOrderProblem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(meeting, "meeting");
        Objects.requireNonNull(other, "other");
    }
}
