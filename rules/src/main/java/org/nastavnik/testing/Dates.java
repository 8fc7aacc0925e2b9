package org.nastavnik.testing;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Objects;

/** Dates as tests write them: {@code 01.09.2022} as the seeds do, or ISO {@code 2022-09-01}. */
final class Dates {

    private static final DateTimeFormatter RU = DateTimeFormatter.ofPattern("dd.MM.uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter RU_PRINT = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private Dates() {
    }

    static LocalDate parse(String text, String what) {
        Objects.requireNonNull(text, what);
        String t = text.strip();
        try {
            return t.matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(t) : LocalDate.parse(t, RU);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(what + " (" + text + ") is not a date; write it as 01.09.2022 or 2022-09-01", e);
        }
    }

    static String ru(LocalDate date) {
        return RU_PRINT.format(date);
    }
}
