package org.nastavnik.model;

/** The local acts (локальные акты) an organization adopts to implement the model. */
public enum LocalActKind {
    /** Приказ о внедрении целевой модели наставничества. */
    IMPLEMENTATION_ORDER,
    /** Положение о наставничестве (о программе наставничества). */
    MENTORING_REGULATION,
    /** Положение о системе наставничества педагогических работников. */
    TEACHER_SYSTEM_REGULATION,
    /** Дорожная карта (план мероприятий) организации. */
    ROADMAP,
    /** Приказ об утверждении (закреплении) наставнических пар / групп. */
    PAIRS_ORDER,
    /** Распорядительный акт со сроками внедрения, мониторинга и планируемыми результатами. */
    ADMINISTRATIVE_ACT
}
