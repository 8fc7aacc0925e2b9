package org.nastavnik.model;

/** The two federal systems of mentoring. */
public enum MentoringSystem {
    /** Наставничество обучающихся: распоряжение Минпросвещения России от 25.12.2019 № Р-145. */
    STUDENTS,
    /** Система наставничества педагогических работников: письмо Минпросвещения России от 21.12.2021 № АЗ-1128/08. */
    TEACHERS
}
