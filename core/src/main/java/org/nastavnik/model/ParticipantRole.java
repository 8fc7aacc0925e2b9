package org.nastavnik.model;

/** The role a person is registered in: a mentor (наставник) or a mentee (наставляемый). */
public enum ParticipantRole {
    /** Наставник. */
    MENTOR,
    /** Наставляемый. */
    MENTEE
}
