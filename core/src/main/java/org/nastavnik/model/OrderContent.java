package org.nastavnik.model;

/**
 * A part of an organization's order on implementing the target model (распорядительный акт ОО о
 * внедрении ЦМН), as municipal roadmaps list them (seed 001 row 1.3, seed 004 row 4).
 */
public enum OrderContent {
    /** Сроки внедрения (реализации) ЦМН в организации. */
    IMPLEMENTATION_DATES,
    /** Сроки проведения мониторинга эффективности программ наставничества. */
    MONITORING_DATES,
    /** Планируемые результаты внедрения ЦМН в организации. */
    PLANNED_RESULTS,
    /** Назначение ответственных за реализацию ЦМН в организации. */
    RESPONSIBLE
}
