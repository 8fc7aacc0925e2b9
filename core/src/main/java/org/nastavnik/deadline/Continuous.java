package org.nastavnik.deadline;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.nastavnik.common.DateRange;
import org.nastavnik.common.Language;

/**
 * A continuous activity (постоянно, в течение всего периода): «Постоянно», «В течение всего
 * периода», «В течение всего периода реализации ЦМН». It has no due date and is not judged.
 *
 * @param kind  the wording, not null
 * @param qualifier  the words after «в течение всего периода», such as «реализации ЦМН»; spaces
 *     normalized; empty for {@link Kind#ALWAYS}; not null
 */
public record Continuous(Kind kind, String qualifier) implements Deadline {

    /** The wording of a continuous deadline. */
    public enum Kind {
        /** «Постоянно», «на постоянной основе». */
        ALWAYS,
        /** «В течение всего периода …». */
        WHOLE_PERIOD
    }

    /**
     * Normalizes the qualifier.
     *
     * @param kind  the wording, not null
     * @param qualifier  the qualifier, empty for {@link Kind#ALWAYS}, not null
     * @throws IllegalArgumentException if {@link Kind#ALWAYS} is given a qualifier
     */
    public Continuous {
        Objects.requireNonNull(kind, "kind");
        qualifier = Words.normalizeFree(Objects.requireNonNull(qualifier, "qualifier"));
        if (kind == Kind.ALWAYS && !qualifier.isEmpty()) {
            throw new IllegalArgumentException("qualifier ('" + qualifier + "') is not allowed with " + kind);
        }
    }

    /** @return «постоянно» */
    public static Continuous always() {
        return new Continuous(Kind.ALWAYS, "");
    }

    /**
     * @param qualifier  the words after «в течение всего периода», may be empty, not null
     * @return «в течение всего периода …»
     */
    public static Continuous wholePeriod(String qualifier) {
        return new Continuous(Kind.WHOLE_PERIOD, qualifier);
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
        if (kind == Kind.ALWAYS) {
            return language == Language.RU ? "постоянно" : "continuously";
        }
        if (language == Language.RU) {
            return qualifier.isEmpty() ? "в течение всего периода" : "в течение всего периода " + qualifier;
        }
        return qualifier.isEmpty() ? "throughout the period" : "throughout the period (" + qualifier + ")";
    }
}
