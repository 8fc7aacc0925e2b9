package org.nastavnik.suggest;

import org.nastavnik.common.Language;

/** A soft preference the caller weighs (see {@link Preferences#weight(Criterion)}). */
public enum Criterion {
    /**
     * The subjects or competences a mentee asks for ({@code RegistryEntry.topics()}) are offered
     * by the mentor (the mentor's entry topics and {@code Person.subjects()}). As {@link Weight#MUST}:
     * at least one asked topic is offered, when the mentee asked for any.
     */
    TOPICS("предметы и компетенции", "subjects and competences"),
    /**
     * The gap between mentor and mentee: in grades for students (within
     * {@link Preferences#minGradeGap()}..{@link Preferences#maxGradeGap()}), in years of
     * experience for teachers (at least {@link Preferences#minExperienceGap()}). As
     * {@link Weight#MUST}: within those bounds, when both values are known.
     */
    GAP("разница в классе или стаже", "grade or experience gap"),
    /**
     * The people a mentee or mentor asked to be paired with ({@code RegistryEntry.partnerRequests()}).
     * As {@link Weight#MUST}: a mentee who named mentors gets one of them.
     */
    REQUESTS("пожелания участников", "stated requests"),
    /** Spreading the new mentees across mentors rather than filling the best ones first. Cannot be {@link Weight#MUST}. */
    LOAD("равномерная нагрузка наставников", "spreading load across mentors"),
    /** Mentor and mentee in the same class or department ({@code Person.unit()}). As {@link Weight#MUST}: the same, when both are known. */
    UNIT("один класс или одно методическое объединение", "same class or department");

    private final String russian;
    private final String english;

    Criterion(String russian, String english) {
        this.russian = russian;
        this.english = english;
    }

    /**
     * @param language  the language, not null
     * @return the criterion's name for people
     */
    public String displayName(Language language) {
        return language == Language.RU ? russian : english;
    }
}
