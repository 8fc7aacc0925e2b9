package org.nastavnik.model;

/** What a person is, which decides the mentoring forms they can take part in. */
public enum PersonKind {
    /** Обучающийся общеобразовательной организации (ученик). */
    SCHOOL_STUDENT,
    /** Студент колледжа (СПО) или вуза. */
    COLLEGE_STUDENT,
    /** Педагогический работник (учитель, педагог). */
    TEACHER,
    /** Руководитель образовательной организации. */
    HEAD,
    /** Преподаватель вуза или колледжа. */
    LECTURER,
    /** Представитель работодателя, сотрудник предприятия-партнёра. */
    EMPLOYER_REPRESENTATIVE,
    /** Родитель, выпускник или иной участник. */
    OTHER
}
