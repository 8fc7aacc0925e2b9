package org.nastavnik.model;

/** The kind of an official document. */
public enum DocumentKind {
    /** Приказ. */
    ORDER,
    /** Распоряжение. */
    DIRECTIVE,
    /** Постановление. */
    RESOLUTION,
    /** Рекомендации, утверждённые грифом «Утверждаю». */
    RECOMMENDATIONS,
    /** Письмо. */
    LETTER,
    /** Соглашение, договор. */
    AGREEMENT,
    /** Иной документ. */
    OTHER
}
