package org.nastavnik.model;

/** The target indicators (целевые показатели) of the model. */
public enum IndicatorKind {
    /** Доля детей 10–18 лет, вовлечённых в программы наставничества в роли наставляемого. */
    STUDENT_MENTEES,
    /** Доля детей и подростков 15–19 лет, вовлечённых в программы наставничества в роли наставника. */
    STUDENT_MENTORS,
    /** Доля молодых специалистов (0–3 года стажа), вовлечённых в роли наставляемого. */
    YOUNG_SPECIALIST_MENTEES,
    /** Доля предприятий (организаций), предоставивших наставников. */
    ENTERPRISES_PROVIDING_MENTORS,
    /** Доля обучающихся СПО, вовлечённых в программы наставничества. */
    COLLEGE_STUDENT_MENTEES
}
