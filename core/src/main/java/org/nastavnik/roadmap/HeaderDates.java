package org.nastavnik.roadmap;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the dates of document headers: «22.09.2020», «« 03 » марта 2022 г.», «от «03» марта 2022 г.». */
final class HeaderDates {
    static final String MONTHS = "января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря";
    private static final String[] MONTH_NAMES = MONTHS.split("\\|");
    static final Pattern NUMERIC = Pattern.compile("(?<!\\d)(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?!\\d)");
    static final Pattern VERBAL = Pattern.compile(
            "(?<!\\d)[«\"“]?[ ]?(\\d{1,2})[ ]?[»\"”]?[ ]?(" + MONTHS + ")[ ]++(\\d{4})(?!\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private HeaderDates() {
    }

    /** @return the first date written in the text, numeric or with the month's name, if it is a real date */
    static Optional<LocalDate> first(String text) {
        Matcher numeric = NUMERIC.matcher(text);
        Matcher verbal = VERBAL.matcher(text);
        boolean n = numeric.find();
        boolean v = verbal.find();
        if (n && (!v || numeric.start() <= verbal.start())) {
            return date(numeric.group(3), Integer.parseInt(numeric.group(2)), numeric.group(1));
        }
        if (v) {
            return date(verbal.group(3), month(verbal.group(2)), verbal.group(1));
        }
        return Optional.empty();
    }

    private static int month(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        for (int i = 0; i < MONTH_NAMES.length; i++) {
            if (MONTH_NAMES[i].equals(lower)) {
                return i + 1;
            }
        }
        return 0;
    }

    private static Optional<LocalDate> date(String year, int month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
