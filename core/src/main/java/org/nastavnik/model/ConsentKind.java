package org.nastavnik.model;

/** What a consent is given to. */
public enum ConsentKind {
    /** Согласие на обработку персональных данных (152-ФЗ). */
    PERSONAL_DATA,
    /** Письменное согласие на возложение дополнительных обязанностей (teacher system). */
    EXTRA_DUTIES
}
