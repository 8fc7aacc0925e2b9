package org.nastavnik.suggest;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.nastavnik.common.Language;

/** Words for people: dates, details of reasons. */
final class Texts {
    private static final DateTimeFormatter RU = DateTimeFormatter.ofPattern("dd.MM.uuuu");
    private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);

    private Texts() {
    }

    static String date(LocalDate date, Language language) {
        return (language == Language.RU ? RU : EN).format(date);
    }

    /** The details of an unmatched reason in words: rules by their description, consents and criteria by name. */
    static String details(UnmatchedReason reason, List<String> details, Language language) {
        List<String> words = new ArrayList<>();
        boolean ru = language == Language.RU;
        for (String d : details) {
            switch (d) {
                case "PERSONAL_DATA_SELF" -> words.add(ru ? "согласие на обработку персональных данных"
                        : "own consent to the processing of personal data");
                case "PERSONAL_DATA_LEGAL_REPRESENTATIVE" -> words.add(ru
                        ? "согласие законного представителя на обработку персональных данных"
                        : "a legal representative's consent to the processing of personal data");
                case "EXTRA_DUTIES" -> words.add(ru ? "письменное согласие на дополнительные обязанности"
                        : "written consent to additional duties");
                default -> {
                    Criterion c = criterion(d);
                    words.add(c != null ? c.displayName(language) : d);
                }
            }
        }
        return String.join(", ", words);
    }

    private static Criterion criterion(String name) {
        for (Criterion c : Criterion.values()) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        return null;
    }
}
