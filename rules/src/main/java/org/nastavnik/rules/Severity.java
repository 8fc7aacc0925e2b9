package org.nastavnik.rules;

/** How serious a finding is. */
public enum Severity {
    /** Breaks a requirement whose source is confirmed (нарушение). */
    VIOLATION,
    /** Breaks a recommendation or a regional parameter (предупреждение). */
    WARNING,
    /** Data quality or an early warning (замечание). */
    NOTICE
}
