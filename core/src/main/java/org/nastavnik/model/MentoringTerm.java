package org.nastavnik.model;

/**
 * A term of mentoring that a mentor's employment contract or additional agreement sets (ТК РФ
 * ст. 351.8: содержание, сроки, форма наставничества, размер и условия оплаты).
 */
public enum MentoringTerm {
    /** Содержание наставничества. */
    CONTENT,
    /** Сроки наставничества. */
    TERM,
    /** Форма наставничества. */
    FORM,
    /** Размер и условия оплаты. */
    PAY
}
