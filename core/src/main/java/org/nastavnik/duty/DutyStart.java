package org.nastavnik.duty;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.nastavnik.common.Language;

/**
 * The day a duty starts (начало обязанности) and why: the latest of the roadmap period's start,
 * the roadmap's approval and the event the duty depends on (such as the first determination of a
 * mentoring form). Every rule and region pack starts its duties with {@link #latest}, so that
 * they agree; a finding names the reason with {@link #describe(Language)}.
 *
 * @param date  the first day of the duty, not null
 * @param basis  what sets that day, not null
 * @param event  for {@link Basis#EVENT}, the event in the genitive, Russian and English
 *     («первого определения формы наставничества»); empty otherwise, not null
 * @param eventEnglish  the event in English, empty unless {@link Basis#EVENT}, not null
 */
public record DutyStart(LocalDate date, Basis basis, String event, String eventEnglish) {

    /** What sets the first day of a duty. */
    public enum Basis {
        /** The start of the roadmap's period (начало периода реализации). */
        PERIOD_START,
        /** The roadmap's approval (утверждение дорожной карты). */
        APPROVAL,
        /** The event the duty depends on, such as the first determination of a form. */
        EVENT
    }

    /**
     * Checks the parts.
     *
     * @param date  the day, not null
     * @param basis  the basis, not null
     * @param event  the event in Russian, not blank exactly for {@link Basis#EVENT}, not null
     * @param eventEnglish  the event in English, not null
     */
    public DutyStart {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(eventEnglish, "eventEnglish");
        if ((basis == Basis.EVENT) == event.isBlank()) {
            throw new IllegalArgumentException("event ('" + event + "') must be named exactly for basis EVENT, not "
                    + basis);
        }
    }

    /**
     * @param date  the period's first day, not null
     * @return a duty starting with the roadmap's period
     */
    public static DutyStart periodStart(LocalDate date) {
        return new DutyStart(date, Basis.PERIOD_START, "", "");
    }

    /**
     * @param date  the day the roadmap was approved, not null
     * @return a duty starting with the roadmap's approval
     */
    public static DutyStart approval(LocalDate date) {
        return new DutyStart(date, Basis.APPROVAL, "", "");
    }

    /**
     * @param date  the day of the event, not null
     * @param russian  the event in the Russian genitive, such as «первого определения формы наставничества», not blank
     * @param english  the event in English, such as "the first determination of a mentoring form", not blank
     * @return a duty starting with an event
     */
    public static DutyStart event(LocalDate date, String russian, String english) {
        return new DutyStart(date, Basis.EVENT, russian, english);
    }

    /**
     * The start of a duty: the latest of the days given. On a tie the more specific reason wins
     * (the event, then the approval, then the period).
     *
     * @param periodStart  the roadmap period's first day, if known, not null
     * @param approval  the roadmap's approval, if known, not null
     * @param event  the start the duty's own event gives, if it depends on one and it happened, not null
     * @return the latest of them; empty when none is known
     */
    public static Optional<DutyStart> latest(Optional<LocalDate> periodStart, Optional<LocalDate> approval,
            Optional<DutyStart> event) {
        DutyStart best = event.orElse(null);
        if (approval.isPresent() && (best == null || approval.get().isAfter(best.date()))) {
            best = approval(approval.get());
        }
        if (periodStart.isPresent() && (best == null || periodStart.get().isAfter(best.date()))) {
            best = periodStart(periodStart.get());
        }
        return Optional.ofNullable(best);
    }

    /**
     * @param language  the language, not null
     * @return why the duty starts on its day, such as «с утверждения дорожной карты 03.03.2022»
     */
    public String describe(Language language) {
        boolean ru = language == Language.RU;
        String day = ru ? Texts.ruDate(date) : Texts.enDate(date);
        return switch (basis) {
            case PERIOD_START -> ru ? "с начала периода дорожной карты " + day : "from the start of the roadmap's period, " + day;
            case APPROVAL -> ru ? "с утверждения дорожной карты " + day : "from the roadmap's approval, " + day;
            case EVENT -> ru ? "с " + event + " " + day : "from " + eventEnglish + ", " + day;
        };
    }
}
