package org.nastavnik.model;

/** The kind of a monitoring report. */
public enum MonitoringKind {
    /** Промежуточный мониторинг of a pair or programme. */
    INTERIM,
    /** Итоговый мониторинг of a pair or programme. */
    FINAL,
    /** A periodic report to the municipality or region (ежемесячный, ежеквартальный мониторинг). */
    PERIODIC
}
