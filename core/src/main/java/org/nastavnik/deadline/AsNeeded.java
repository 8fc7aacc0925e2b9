package org.nastavnik.deadline;

import java.time.LocalDate;
import java.util.List;
import org.nastavnik.common.DateRange;
import org.nastavnik.common.Language;

/**
 * As needed (по мере необходимости, при необходимости). It has no due date and is not judged.
 * All instances are equal.
 */
public record AsNeeded() implements Deadline {

    /** @return the as-needed deadline */
    public static AsNeeded of() {
        return new AsNeeded();
    }

    @Override
    public List<LocalDate> occurrences(DateRange period, EventDates events) {
        return List.of();
    }

    @Override
    public boolean isJudged() {
        return false;
    }

    @Override
    public String toPhrase(Language language) {
        return language == Language.RU ? "по мере необходимости" : "as needed";
    }
}
