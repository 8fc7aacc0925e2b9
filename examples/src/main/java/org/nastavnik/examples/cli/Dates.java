package org.nastavnik.examples.cli;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.nastavnik.common.Language;

/** Dates as the command line reads and prints them. */
final class Dates {
    private static final DateTimeFormatter RU = DateTimeFormatter.ofPattern("dd.MM.uuuu").withResolverStyle(java.time.format.ResolverStyle.STRICT);
    private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.ENGLISH);

    private Dates() {
    }

    static String format(LocalDate date, Language language) {
        return (language == Language.RU ? RU : EN).format(date);
    }

    /** Reads 2022-10-01 or 01.10.2022. */
    static LocalDate parseOption(String option, String text) {
        String t = text.strip();
        try {
            if (t.matches("\\d{2}\\.\\d{2}\\.\\d{4}")) {
                return LocalDate.parse(t, RU);
            }
            return LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            throw new UserError(option + " \"" + text + "\": not a valid date; use yyyy-mm-dd, such as 2022-10-01");
        }
    }
}
