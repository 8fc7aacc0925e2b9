package org.nastavnik.suggest;

import org.nastavnik.common.Language;

/** Why a mentee in the base got no mentor in a suggestion. */
public enum UnmatchedReason {
    /** The form is not meant for the kind of the mentee's organization. */
    FORM_NOT_FOR_ORGANIZATION("форма наставничества не предназначена для организации такого типа",
            "the form is not meant for this kind of organization"),
    /** The form does not admit a mentee of this kind of person. */
    KIND_NOT_ADMITTED("форма не допускает наставляемого этой категории", "the form does not admit a mentee of this kind"),
    /** The form asks for one organization, and the mentee studies or works at another. */
    OTHER_ORGANIZATION("наставляемый учится или работает в другой организации, а форма требует одной организации",
            "the mentee belongs to another organization, and the form asks for one organization"),
    /** The mentee is younger than the minimum age of the form. */
    UNDER_AGE("наставляемый младше минимального возраста", "the mentee is under the minimum age"),
    /** The mentee is counted as a young specialist beyond the limits of experience or age. */
    YOUNG_SPECIALIST_LIMITS("наставляемый отнесён к молодым специалистам, но стаж или возраст больше предела",
            "the mentee is counted as a young specialist beyond the experience or age limit"),
    /** A consent the formation of a pair needs is missing for the mentee. */
    MISSING_CONSENT("нет согласия, нужного для формирования пары", "a consent needed to form a pair is missing"),
    /** The base has no mentor of the kind the form admits. */
    NO_MENTOR_IN_BASE("в базе наставников нет наставника нужной категории", "the base has no mentor of the kind the form admits"),
    /** Every mentor of that kind lacks a consent needed to form a pair. */
    MENTORS_MISSING_CONSENT("у наставников нужной категории нет нужных согласий",
            "every mentor of that kind lacks a consent needed to form a pair"),
    /** No mentor belongs to the mentee's organization or is covered by a cooperation agreement with it. */
    NO_MENTOR_IN_ORGANIZATION("нет наставника из той же организации или из организации-партнёра по соглашению",
            "no mentor of the same organization or of a partner under an agreement"),
    /** No student mentor is older and in a higher grade than the mentee. */
    NO_SENIOR_MENTOR("нет наставника старше по возрасту и классу", "no mentor older and in a higher grade"),
    /** No mentor meets a preference the curator made a must. */
    NO_MENTOR_MEETS_MUST("ни один наставник не отвечает обязательному условию подбора",
            "no mentor meets a preference made a must"),
    /** Every suitable mentor is at capacity. */
    ALL_AT_CAPACITY("все подходящие наставники уже загружены полностью", "every suitable mentor is at capacity"),
    /** The rules found something about every pair that could be made with the mentee. */
    REJECTED_BY_RULES("правила нашли нарушения в каждой возможной паре", "the rules found something about every possible pair");

    private final String russian;
    private final String english;

    UnmatchedReason(String russian, String english) {
        this.russian = russian;
        this.english = english;
    }

    /**
     * @param language  the language, not null
     * @return the reason in words
     */
    public String text(Language language) {
        return language == Language.RU ? russian : english;
    }
}
