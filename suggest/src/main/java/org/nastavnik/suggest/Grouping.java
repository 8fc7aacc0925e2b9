package org.nastavnik.suggest;

/** Whether a mentor's new mentees are suggested as separate pairs or as one group. */
public enum Grouping {
    /** One pair (пара) per mentee. */
    PAIRS,
    /** One group (группа) per mentor with all their new mentees; a group of one is a pair. */
    GROUPS
}
