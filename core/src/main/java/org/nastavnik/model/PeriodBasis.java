package org.nastavnik.model;

/**
 * How a roadmap's period (период реализации) was obtained: given by the caller, read from the
 * document, or inferred by the reader (and then a person should check it).
 */
public enum PeriodBasis {
    /** Given by the caller (the reader's options, the command line's {@code --period}). */
    GIVEN,
    /** The years stated in the title with a plural «годы» («на 2023-2024 годы»), 1 January to 31 December. */
    TITLE_YEARS,
    /**
     * Inferred: the title names years ambiguously («на 2021-2022 год»: a school year or two calendar
     * years) and the document has no approval date, so the period starts with its earliest dated
     * activity and ends on 31 December of the last year.
     */
    TITLE_YEARS_FROM_EARLIEST_ACTIVITY,
    /**
     * Inferred: the title names years ambiguously («на 2021-2022 год»), read as calendar years from
     * 1 January of the first to 31 December of the last.
     */
    TITLE_YEARS_AMBIGUOUS,
    /**
     * Inferred: no years in the title; from the approval date to 31 December of that year, or of
     * the next year when approved on or after 1 September.
     */
    FROM_APPROVAL;

    /** @return whether the reader inferred the period rather than read or was given it */
    public boolean isInferred() {
        return this != GIVEN && this != TITLE_YEARS;
    }
}
