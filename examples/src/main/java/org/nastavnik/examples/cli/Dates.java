package org.nastavnik.examples.cli;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.nastavnik.common.Language;
import org.nastavnik.common.Limits;

/** Dates as the command line reads and prints them. */
final class Dates {
    private static final DateTimeFormatter RU = DateTimeFormatter.ofPattern("dd.MM.uuuu").withResolverStyle(java.time.format.ResolverStyle.STRICT);
    /** yyyy-MM-dd with exactly four digits of year, no sign. */
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);
    private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.ENGLISH);

    private Dates() {
    }

    static String format(LocalDate date, Language language) {
        return (language == Language.RU ? RU : EN).format(date);
    }

    /** Reads 2022-10-01 or 01.10.2022, from 1900-01-01 to 2200-12-31 ({@link Limits}). */
    static LocalDate parseOption(String option, String text) {
        String t = text.strip();
        LocalDate date;
        try {
            if (t.length() > 20) {
                throw new DateTimeParseException("too long", t, 0);
            }
            date = t.matches("\\d{2}\\.\\d{2}\\.\\d{4}") ? LocalDate.parse(t, RU) : LocalDate.parse(t, ISO);
        } catch (DateTimeParseException e) {
            throw new UserError(option + " " + Text.quote(text) + ": not a valid date; use yyyy-mm-dd, such as 2022-10-01");
        }
        if (!Limits.isWithin(date)) {
            throw new UserError(option + " " + Text.quote(text) + ": " + Limits.dateReason());
        }
        return date;
    }
}
