package org.nastavnik.roadmap;

/**
 * The stable code of a document finding, with its level and a short description in Russian and
 * English. Codes never change once published; descriptions may be improved.
 */
public enum FindingCode {
    /** The appendix's own approval reference names another order number than the order. */
    APPENDIX_NUMBER_MISMATCH(FindingLevel.WARNING,
            "Номер приказа в грифе приложения не совпадает с номером приказа",
            "The order number on the appendix differs from the order's number"),
    /** The appendix's own approval reference names another date than the order. */
    APPENDIX_DATE_MISMATCH(FindingLevel.WARNING,
            "Дата приказа в грифе приложения не совпадает с датой приказа",
            "The order date on the appendix differs from the order's date"),
    /** The appendix's approval reference was left blank («от _____ № _____»). */
    APPENDIX_REFERENCE_BLANK(FindingLevel.WARNING,
            "Реквизиты приказа в грифе приложения не заполнены",
            "The order reference on the appendix is left blank"),
    /** An item of the order restates a row of its table; the two are one obligation. */
    ORDER_ITEM_RESTATES_ROW(FindingLevel.INFO,
            "Пункт приказа повторяет строку таблицы",
            "An item of the order restates a table row"),
    /** One surname appears with different initials in one document. */
    SAME_SURNAME_DIFFERENT_INITIALS(FindingLevel.WARNING,
            "Одна фамилия встречается с разными инициалами",
            "One surname appears with different initials"),
    /** No kind, date or number of the approving document was found. */
    APPROVAL_NOT_FOUND(FindingLevel.WARNING,
            "Не найдены реквизиты утверждающего документа",
            "The approving document's kind, date or number was not found"),
    /** No title was found; the roadmap's title is made up. */
    TITLE_NOT_FOUND(FindingLevel.WARNING,
            "Не найдено название документа",
            "The document's title was not found"),
    /** The document has no table of activities. */
    NO_TABLE(FindingLevel.INFO,
            "В документе нет таблицы мероприятий",
            "The document has no table of activities"),
    /** The table lacks a column; the activities have no value for it. */
    TABLE_COLUMN_MISSING(FindingLevel.WARNING,
            "В таблице нет столбца",
            "The table lacks a column"),
    /** A table row could not be read as an activity, a section or a continuation. */
    TABLE_ROW_UNREADABLE(FindingLevel.ERROR,
            "Строку таблицы не удалось прочитать",
            "A table row could not be read"),
    /** A table row carried more cells than the header; the extra empty cells were dropped. */
    TABLE_COLUMNS_SHIFTED(FindingLevel.INFO,
            "Строка таблицы содержит лишние пустые ячейки (сдвиг столбцов)",
            "A table row carries extra empty cells (shifted columns)"),
    /** Two activities carry the same number. */
    DUPLICATE_ACTIVITY_NUMBER(FindingLevel.WARNING,
            "Номер мероприятия повторяется",
            "An activity number is repeated"),
    /** A deadline cell or phrase could not be understood. */
    DEADLINE_UNRECOGNIZED(FindingLevel.WARNING,
            "Срок не распознан",
            "A deadline was not understood"),
    /** A deadline names an impossible value, such as 31.02.2022. */
    DEADLINE_INVALID(FindingLevel.ERROR,
            "Срок содержит невозможное значение",
            "A deadline holds an impossible value"),
    /** A line is too long to be read as part of a document and was skipped. */
    LINE_TOO_LONG(FindingLevel.ERROR,
            "Строка слишком длинная и пропущена",
            "A line is too long and was skipped"),
    /** The roadmap's period is not stated as days; the reader inferred it and says how and why. */
    PERIOD_INFERRED(FindingLevel.INFO,
            "Период реализации выведен, а не прочитан из документа",
            "The roadmap's period was inferred, not read from the document"),
    /** The text contains control characters or undecodable bytes, which were removed. */
    CONTROL_CHARACTERS(FindingLevel.WARNING,
            "Текст содержит управляющие символы или нераспознанные байты",
            "The text holds control characters or undecodable bytes");

    private final FindingLevel level;
    private final String russian;
    private final String english;

    FindingCode(FindingLevel level, String russian, String english) {
        this.level = level;
        this.russian = russian;
        this.english = english;
    }

    /** @return how much a finding of this code matters */
    public FindingLevel level() {
        return level;
    }

    /** @return the short description in Russian */
    public String russian() {
        return russian;
    }

    /** @return the short description in English */
    public String english() {
        return english;
    }
}
