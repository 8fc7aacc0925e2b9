package org.nastavnik.rules;

/** What a {@link SubjectRef} points at. The order of the constants is the order of subjects in a finding's key. */
public enum SubjectType {
    /** An organization (ОО, МНЦ, предприятие, орган управления образованием). */
    ORGANIZATION,
    /** A roadmap (дорожная карта). */
    ROADMAP,
    /** An activity of a roadmap (мероприятие), identified as {@code roadmapId/number}. */
    ACTIVITY,
    /** A mentoring pair or group (наставническая пара / группа). */
    MENTORSHIP,
    /** A person (куратор, наставник, наставляемый), by id only. */
    PERSON,
    /** Any other record of a snapshot, such as a programme or a monitoring report. */
    RECORD
}
