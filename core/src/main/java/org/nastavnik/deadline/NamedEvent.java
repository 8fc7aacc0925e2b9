package org.nastavnik.deadline;

import java.util.List;

/**
 * An event that relative deadlines count from (событие, от которого отсчитывается срок):
 * «В течение двух недель с даты определения модели».
 */
public enum NamedEvent {
    /** Определение модели (формы) наставничества in an organization: starts the two-week clock. */
    FORM_ADOPTION("определения модели", "the choice of the mentoring form",
            List.of(List.of("определ", "модел"), List.of("определ", "форм"), List.of("выбор", "форм"),
                    List.of("выбор", "модел"))),
    /** Назначение куратора: the curator's appointment. */
    CURATOR_APPOINTMENT("назначения куратора", "the curator's appointment",
            List.of(List.of("назнач", "куратор"))),
    /** Формирование наставнической пары (группы). */
    PAIR_FORMATION("формирования наставнической пары", "the forming of the mentoring pair",
            List.of(List.of("формир", "пар"), List.of("формир", "групп"))),
    /** Утверждение дорожной карты (плана мероприятий). */
    ROADMAP_APPROVAL("утверждения дорожной карты", "the roadmap's approval",
            List.of(List.of("утвержд", "дорожн"), List.of("утвержд", "план"))),
    /** Начало реализации программы наставничества. */
    PROGRAMME_START("начала реализации программы наставничества", "the start of the mentoring programme",
            List.of(List.of("начал", "программ"), List.of("запуск", "программ"))),
    /** Завершение программы наставничества. */
    PROGRAMME_END("завершения программы наставничества", "the end of the mentoring programme",
            List.of(List.of("заверш", "программ"), List.of("окончан", "программ"))),
    /** Подписание (издание) приказа. */
    ORDER_SIGNING("подписания приказа", "the signing of the order",
            List.of(List.of("подписан", "приказ"), List.of("издан", "приказ"))),
    /** Начало учебного года (1 сентября). */
    SCHOOL_YEAR_START("начала учебного года", "the start of the school year",
            List.of(List.of("начал", "учебн")));

    private final String russian;
    private final String english;
    private final List<List<String>> stems;

    NamedEvent(String russian, String english, List<List<String>> stems) {
        this.russian = russian;
        this.english = english;
        this.stems = stems;
    }

    /** @return the canonical Russian words in the genitive, as after «с даты», such as «определения модели» */
    public String russian() {
        return russian;
    }

    /** @return the English words, such as "the choice of the mentoring form" */
    public String english() {
        return english;
    }

    /** Whether the lower-case words, split on spaces, hold every stem of one of this event's stem sets. */
    boolean matches(List<String> lowerWords) {
        for (List<String> set : stems) {
            boolean all = true;
            for (String stem : set) {
                boolean found = false;
                for (String w : lowerWords) {
                    if (w.startsWith(stem)) {
                        found = true;
                        break;
                    }
                }
                if (!found) {
                    all = false;
                    break;
                }
            }
            if (all) {
                return true;
            }
        }
        return false;
    }
}
