package org.nastavnik.suggest;

import java.time.LocalDate;
import java.util.Optional;
import org.nastavnik.common.Language;
import org.nastavnik.model.MentoringForm;

/**
 * The window for forming pairs of a form in an organization: {@code pairWindowDays} after the
 * organization determined the form (the latest determination on or before the start date), and
 * whether the start date falls after it.
 */
public final class PairWindow {
    private final String organizationId;
    private final MentoringForm form;
    private final LocalDate adoptedOn;
    private final int windowDays;
    private final LocalDate startOn;

    PairWindow(String organizationId, MentoringForm form, LocalDate adoptedOn, int windowDays, LocalDate startOn) {
        this.organizationId = organizationId;
        this.form = form;
        this.adoptedOn = adoptedOn;
        this.windowDays = windowDays;
        this.startOn = startOn;
    }

    /** @return the organization's id */
    public String organizationId() {
        return organizationId;
    }

    /** @return the form */
    public MentoringForm form() {
        return form;
    }

    /** @return the day the organization determined the form, if it did on or before the start date */
    public Optional<LocalDate> adoptedOn() {
        return Optional.ofNullable(adoptedOn);
    }

    /** @return the days of the window ({@code pairWindowDays} of the engine's parameters) */
    public int windowDays() {
        return windowDays;
    }

    /** @return the last day pairs may be formed on, if the form was determined */
    public Optional<LocalDate> closesOn() {
        return adoptedOn().map(d -> d.plusDays(windowDays));
    }

    /** @return whether the pairs' start date falls after the window */
    public boolean passed() {
        return closesOn().map(startOn::isAfter).orElse(false);
    }

    /**
     * @param language  the language, not null
     * @return the window in words, such as «пары формируются до 15.09.2022 (14 дней с 01.09.2022); срок истёк»
     */
    public String text(Language language) {
        boolean ru = language == Language.RU;
        if (adoptedOn == null) {
            return ru ? "форма наставничества не определена организацией на дату начала: срок формирования пар не начался"
                    : "the organization had not determined the form by the start date: the window has not opened";
        }
        String closes = Texts.date(closesOn().get(), language);
        String base = ru ? "пары формируются до " + closes + " (" + windowDays + " дн. с даты определения формы "
                + Texts.date(adoptedOn, language) + ")"
                : "pairs are formed by " + closes + " (" + windowDays + " days after the form was determined on "
                + Texts.date(adoptedOn, language) + ")";
        if (passed()) {
            return base + (ru ? "; срок истёк: пары с началом " + Texts.date(startOn, language) + " будут сформированы с опозданием"
                    : "; the window has passed: pairs starting on " + Texts.date(startOn, language) + " will be late");
        }
        return base;
    }

    @Override
    public String toString() {
        return "PairWindow{" + organizationId + ", " + form + ", adoptedOn=" + adoptedOn + ", closesOn="
                + closesOn().orElse(null) + ", passed=" + passed() + "}";
    }
}
