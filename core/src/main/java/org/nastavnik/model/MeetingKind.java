package org.nastavnik.model;

/** The kinds of meeting of a pair or group, in the order the methodology prescribes. */
public enum MeetingKind {
    /** Встреча-знакомство. */
    ACQUAINTANCE,
    /** Пробная (рабочая) встреча. */
    TRIAL,
    /** Встреча-планирование. */
    PLANNING,
    /** Одна из последовательных рабочих встреч (совместная работа). */
    WORKING,
    /** Итоговая (заключительная) встреча с рефлексией. */
    FINAL
}
