package org.nastavnik.monitoring;

import org.nastavnik.common.Language;

/**
 * A number counted for a scope as of the monitoring date. Pairs and groups are told apart by
 * their mentees (a group has more than one); formed after the date they are not counted. Counts
 * of people are of distinct people within one organization; a scope above an organization sums
 * its organizations (a mentor in two organizations counts in each).
 */
public enum Measure {
    /** Active pairs: formed on or before the date and not completed before it. */
    ACTIVE_PAIRS("действующих пар", "active pairs"),
    /** Active groups. */
    ACTIVE_GROUPS("действующих групп", "active groups"),
    /** Pairs completed before the date. */
    COMPLETED_PAIRS("завершённых пар", "completed pairs"),
    /** Groups completed before the date. */
    COMPLETED_GROUPS("завершённых групп", "completed groups"),
    /** Pairs and groups (active or completed) fixed by an order of the head dated on or before the date. */
    FIXED_BY_ORDER("пар и групп, закреплённых приказом", "pairs and groups fixed by an order"),
    /** Distinct orders that fix pairs and groups. */
    PAIR_ORDERS("приказов о закреплении пар и групп", "orders fixing pairs and groups"),
    /** Distinct mentors of active pairs and groups. */
    MENTORS("наставников", "mentors"),
    /** Distinct mentees of active pairs and groups. */
    MENTEES("наставляемых", "mentees"),
    /** Mentees who are school students. */
    MENTEES_SCHOOL_STUDENTS("наставляемых-обучающихся школ", "mentees: school students"),
    /** Mentees who are college students. */
    MENTEES_COLLEGE_STUDENTS("наставляемых-студентов", "mentees: college students"),
    /** Mentees who are teachers. */
    MENTEES_TEACHERS("наставляемых-педагогов", "mentees: teachers"),
    /** Mentees of any other kind. */
    MENTEES_OTHER("иных наставляемых", "other mentees");

    private final String ru;
    private final String en;

    Measure(String ru, String en) {
        this.ru = ru;
        this.en = en;
    }

    /**
     * @param language  the language, not null
     * @return a column heading, such as «действующих пар»
     */
    public String label(Language language) {
        return language == Language.RU ? ru : en;
    }
}
