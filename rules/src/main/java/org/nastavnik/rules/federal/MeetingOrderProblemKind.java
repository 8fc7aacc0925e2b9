package org.nastavnik.rules.federal;

/** What is wrong with the place of a meeting in its pair's sequence; see {@link MeetingSequence}. */
public enum MeetingOrderProblemKind {
    /** An acquaintance, trial, planning or final meeting after an earlier one of the same kind. */
    REPEATED,
    /** A meeting after the final meeting. */
    AFTER_FINAL,
    /** A working meeting before the planning meeting. */
    WORKING_BEFORE_PLANNING,
    /** A meeting after a meeting of a later stage. */
    OUT_OF_ORDER
}
