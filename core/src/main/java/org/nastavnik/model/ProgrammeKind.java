package org.nastavnik.model;

/** The kind of a mentoring programme. */
public enum ProgrammeKind {
    /** Программа наставничества of an organization (student system). */
    MENTORING_PROGRAMME,
    /** Персонализированная программа наставничества (teacher system): 3 months to 1 year. */
    PERSONALISED_PROGRAMME
}
