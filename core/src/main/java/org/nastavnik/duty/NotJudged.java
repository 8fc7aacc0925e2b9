package org.nastavnik.duty;

import org.nastavnik.common.Language;

/** Why a duty is listed but never judged overdue. */
public enum NotJudged {
    /** «Постоянно», «в течение всего периода»: no day to miss. */
    CONTINUOUS("срок «постоянно» или «в течение всего периода»: дня, к которому нужно выполнить, нет",
            "the deadline is continuous: there is no day to meet"),
    /**
     * «По графику …», «в соответствии с планом …», «в соответствии со сроками …», also with a
     * recurrence word («Ежегодно, по графику ОО»): the days live in someone else's schedule.
     */
    OTHERS_SCHEDULE("сроки устанавливает чужой график или план, которого в данных нет",
            "the days are set by someone else's schedule or plan, which the data lacks"),
    /** «По мере необходимости»: done when needed. */
    AS_NEEDED("мероприятие проводится по мере необходимости", "the activity is done as needed"),
    /** The phrase could not be read; it is kept verbatim. */
    UNRECOGNIZED("срок не распознан и сохранён дословно", "the deadline could not be read and is kept verbatim");

    private final String russian;
    private final String english;

    NotJudged(String russian, String english) {
        this.russian = russian;
        this.english = english;
    }

    /**
     * @param language  the language, not null
     * @return the reason in words
     */
    public String reason(Language language) {
        return language == Language.RU ? russian : english;
    }
}
