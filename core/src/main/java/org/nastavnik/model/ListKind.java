package org.nastavnik.model;

/** The lists an organization keeps up to date. */
public enum ListKind {
    /** Список (учёт) кураторов внедрения ЦМН. */
    CURATORS,
    /** Список наставников и наставляемых. */
    MENTORS_AND_MENTEES,
    /** Персонифицированный учёт обучающихся, молодых специалистов и педагогов. */
    PERSONIFIED_ACCOUNTING
}
