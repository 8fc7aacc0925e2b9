package org.nastavnik.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Russian and English words for dates, months and counts; and free-text normalization. */
final class Words {

    static final String[] RU_MONTH_NOMINATIVE = {
        "январь", "февраль", "март", "апрель", "май", "июнь",
        "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"};
    static final String[] RU_MONTH_GENITIVE = {
        "января", "февраля", "марта", "апреля", "мая", "июня",
        "июля", "августа", "сентября", "октября", "ноября", "декабря"};
    static final String[] RU_MONTH_PREPOSITIONAL = {
        "январе", "феврале", "марте", "апреле", "мае", "июне",
        "июле", "августе", "сентябре", "октябре", "ноябре", "декабре"};
    static final String[] EN_MONTH = {
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December"};
    /** «по понедельникам»: the dative plural used after «по». */
    static final String[] RU_WEEKDAYS_DATIVE_PLURAL = {
        "понедельникам", "вторникам", "средам", "четвергам", "пятницам", "субботам", "воскресеньям"};
    static final String[] EN_WEEKDAY_PLURAL = {
        "Mondays", "Tuesdays", "Wednesdays", "Thursdays", "Fridays", "Saturdays", "Sundays"};

    private static final Map<String, Month> MONTH_WORDS = new HashMap<>();

    static {
        for (Month m : Month.values()) {
            int i = m.ordinal();
            MONTH_WORDS.put(RU_MONTH_NOMINATIVE[i], m);
            MONTH_WORDS.put(RU_MONTH_GENITIVE[i], m);
            MONTH_WORDS.put(RU_MONTH_PREPOSITIONAL[i], m);
        }
        String[][] abbreviations = {
            {"янв"}, {"фев", "февр"}, {"мар"}, {"апр"}, {"маю"}, {"июню"},
            {"июлю"}, {"авг"}, {"сен", "сент"}, {"окт"}, {"ноя", "нояб"}, {"дек"}};
        for (int i = 0; i < 12; i++) {
            for (String a : abbreviations[i]) {
                MONTH_WORDS.put(a, Month.of(i + 1));
            }
        }
    }

    private Words() {
    }

    /** @return the month a lower-case Russian word names, or null */
    static @Nullable Month month(String lowerWord) {
        return MONTH_WORDS.get(lowerWord);
    }

    static @Nullable DayOfWeek weekdayFromDativePlural(String lowerWord) {
        for (int i = 0; i < 7; i++) {
            if (RU_WEEKDAYS_DATIVE_PLURAL[i].equals(lowerWord)) {
                return DayOfWeek.of(i + 1);
            }
        }
        return null;
    }

    static String ruDate(LocalDate date) {
        return String.format("%02d.%02d.%04d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    static String enDate(LocalDate date) {
        return date.getDayOfMonth() + " " + EN_MONTH[date.getMonthValue() - 1] + " " + date.getYear();
    }

    static String ruDayMonth(MonthDay day) {
        return day.getDayOfMonth() + " " + RU_MONTH_GENITIVE[day.getMonthValue() - 1];
    }

    static String enDayMonth(MonthDay day) {
        return day.getDayOfMonth() + " " + EN_MONTH[day.getMonthValue() - 1];
    }

    static String ruMonth(YearMonth month) {
        return RU_MONTH_NOMINATIVE[month.getMonthValue() - 1];
    }

    static String enMonth(Month month) {
        return EN_MONTH[month.ordinal()];
    }

    /** «май 2021 года», «март, июнь, октябрь 2022 года»: months grouped by year, years explicit. */
    static String ruMonths(List<YearMonth> months) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < months.size(); i++) {
            YearMonth m = months.get(i);
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(ruMonth(m));
            if (i == months.size() - 1 || months.get(i + 1).getYear() != m.getYear()) {
                sb.append(' ').append(ruYearGenitive(m.getYear()));
            }
        }
        return sb.toString();
    }

    /** "March, June and October 2022". */
    static String enMonths(List<YearMonth> months) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < months.size(); i++) {
            YearMonth m = months.get(i);
            if (i > 0) {
                sb.append(i == months.size() - 1 ? " and " : ", ");
            }
            sb.append(enMonth(m.getMonth()));
            if (i == months.size() - 1 || months.get(i + 1).getYear() != m.getYear()) {
                sb.append(' ').append(m.getYear());
            }
        }
        return sb.toString();
    }

    /** The first year a phrase can name: years are written with four digits. */
    static final int MIN_YEAR = 1000;
    /** The last year a phrase can name. */
    static final int MAX_YEAR = 9999;

    /** @throws IllegalArgumentException if the year does not have four digits */
    static int checkYear(String field, int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new IllegalArgumentException(field + " (" + year + ") must be a four-digit year, "
                    + MIN_YEAR + " to " + MAX_YEAR);
        }
        return year;
    }

    static String ruYearGenitive(int year) {
        return String.format("%04d года", year);
    }

    static String year4(int year) {
        return String.format("%04d", year);
    }

    /**
     * The Russian genitive after a numeral, as after «в течение»: 1, 21 → {@code one};
     * otherwise {@code many} (в течение 2 недель, 5 дней, 21 дня).
     */
    static String genitiveAfter(int n, String one, String many) {
        return n % 10 == 1 && n % 100 != 11 ? one : many;
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
    }

    /**
     * Normalizes free text kept from a phrase (an event, an owner of a schedule): runs of spaces,
     * non-breaking spaces and line breaks become one space; leading and trailing spaces and
     * stray {@code . , ; :} go.
     */
    static String normalizeFree(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                space = true;
            } else {
                if (space && sb.length() > 0) {
                    sb.append(' ');
                }
                space = false;
                sb.append(c);
            }
        }
        int start = 0;
        int end = sb.length();
        while (start < end && isStrayEdge(sb.charAt(start))) {
            start++;
        }
        while (end > start && isStrayEdge(sb.charAt(end - 1))) {
            end--;
        }
        return sb.substring(start, end);
    }

    private static boolean isStrayEdge(char c) {
        return c == '.' || c == ',' || c == ';' || c == ':' || c == ' ';
    }
}
