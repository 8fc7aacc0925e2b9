package org.nastavnik.model;

/** The kind of an organization taking part in the target model. */
public enum OrganizationKind {
    /** Общеобразовательная организация (школа). */
    SCHOOL,
    /** Профессиональная образовательная организация (колледж, техникум: СПО). */
    COLLEGE,
    /** Образовательная организация высшего образования (вуз). */
    UNIVERSITY,
    /** Организация дополнительного образования. */
    ADDITIONAL_EDUCATION,
    /** Дошкольная образовательная организация (детский сад). */
    KINDERGARTEN,
    /** Предприятие, организация-партнёр, работодатель. */
    ENTERPRISE,
    /** Муниципальный (региональный) наставнический центр, МНЦ, научно-методический центр. */
    MENTORING_CENTRE,
    /** Орган управления образованием: управление, отдел, министерство. */
    AUTHORITY;

    /** @return whether organizations of this kind educate students and so implement the model themselves */
    public boolean isEducational() {
        return this == SCHOOL || this == COLLEGE || this == UNIVERSITY || this == ADDITIONAL_EDUCATION
                || this == KINDERGARTEN;
    }
}
