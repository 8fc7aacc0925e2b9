package org.nastavnik.model;

/**
 * A category in which a participant is counted in the bases of mentees and mentors and in
 * personified accounting (персонифицированный учёт).
 */
public enum ParticipantCategory {
    /** Молодой специалист: a teacher with 0–3 years of experience. */
    YOUNG_SPECIALIST,
    /** A teacher new to the organization (педагог, сменивший место работы). */
    NEW_TO_ORGANIZATION,
    /** Одарённый обучающийся. */
    GIFTED,
    /** Обучающийся с низкой мотивацией или неудовлетворительными результатами. */
    LOW_PERFORMING,
    /** Обучающийся с ОВЗ. */
    SPECIAL_NEEDS,
    /** Обучающийся в трудной жизненной ситуации. */
    DIFFICULT_SITUATION
}
