package org.nastavnik.duty;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import org.nastavnik.common.DateRange;
import org.nastavnik.common.Language;

/**
 * One occurrence of a duty (исполнение): the day it is due and the window in which a completion
 * counts for it.
 *
 * <p>A recurring duty's occurrence opens the day after the previous due day (a report for each
 * month is made after last month's due day), or the day after its period ends when it is due
 * after its period (a report on a quarter); an occurrence of a time after an event opens on the
 * event; a one-off duty's occurrence is open from any earlier day (done early is done). A span
 * («в течение 2022 года», «Май 2021 г.», «с 01.09.2021 по 31.12.2021») is done any time within
 * it and due on its last day: {@link #spanStart()} holds its first day.
 *
 * <p>An occurrence of a recurrence has a {@link #period()}: the calendar period it is for (the
 * week, month, quarter or half-year its due day falls in; the quarter reported, for a report due
 * in the month after it; for a yearly duty the month up to its due day). A duty owes it only when
 * it had started by the period's first day (see {@link Duty}).
 *
 * @param opensOn  the first day a completion counts for it; empty when any earlier day does, not null
 * @param dueOn  the last day it is on time, not null
 * @param spanStart  for a span, its first day; empty for a due day, not null
 * @param period  for an occurrence of a recurrence, the period it is for; empty otherwise, not null
 */
public record Occurrence(Optional<LocalDate> opensOn, LocalDate dueOn, Optional<LocalDate> spanStart,
        Optional<DateRange> period) {

    private static final String[] RU_MONTH_GENITIVE_OF = {
        "января", "февраля", "марта", "апреля", "мая", "июня",
        "июля", "августа", "сентября", "октября", "ноября", "декабря"};
    private static final String[] RU_MONTH_NOMINATIVE = {
        "январь", "февраль", "март", "апрель", "май", "июнь",
        "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"};
    private static final String[] RU_MONTH_PREPOSITIONAL = {
        "январе", "феврале", "марте", "апреле", "мае", "июне",
        "июле", "августе", "сентябре", "октябре", "ноябре", "декабре"};
    private static final String[] EN_MONTH = {
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December"};

    /**
     * Checks the parts.
     *
     * @param opensOn  the first day a completion counts, on or before {@code dueOn}, not null
     * @param dueOn  the due day, not null
     * @param spanStart  the span's first day, on or before {@code dueOn}, not null
     * @param period  the period it is for, not null
     * @throws IllegalArgumentException if the window or span ends before it starts
     */
    public Occurrence {
        Objects.requireNonNull(opensOn, "opensOn");
        Objects.requireNonNull(dueOn, "dueOn");
        Objects.requireNonNull(spanStart, "spanStart");
        Objects.requireNonNull(period, "period");
        if (opensOn.isPresent() && opensOn.get().isAfter(dueOn)) {
            throw new IllegalArgumentException("opensOn (" + opensOn.get() + ") is after dueOn (" + dueOn + ")");
        }
        if (spanStart.isPresent() && spanStart.get().isAfter(dueOn)) {
            throw new IllegalArgumentException("spanStart (" + spanStart.get() + ") is after dueOn (" + dueOn + ")");
        }
    }

    /**
     * An occurrence with no period (not of a recurrence).
     *
     * @param opensOn  the first day a completion counts, on or before {@code dueOn}, not null
     * @param dueOn  the due day, not null
     * @param spanStart  the span's first day, on or before {@code dueOn}, not null
     */
    public Occurrence(Optional<LocalDate> opensOn, LocalDate dueOn, Optional<LocalDate> spanStart) {
        this(opensOn, dueOn, spanStart, Optional.empty());
    }

    /**
     * @param date  a day something was done, not null
     * @return whether the window has opened on that day
     */
    public boolean isOpenOn(LocalDate date) {
        return opensOn.isEmpty() || !date.isBefore(opensOn.get());
    }

    /** @return whether it is a span, done any time within it */
    public boolean isSpan() {
        return spanStart.isPresent();
    }

    /**
     * What is owed, for a finding: «до 25.05.2021» for a due day, «в течение 2022 года», «в мае
     * 2021 года» or «с 01.09.2021 по 31.12.2021» for a span.
     *
     * @param language  the language, not null
     * @return the words, not null
     */
    public String describe(Language language) {
        boolean ru = language == Language.RU;
        if (spanStart.isEmpty()) {
            return ru ? "до " + Texts.ruDate(dueOn) : "by " + Texts.enDate(dueOn);
        }
        LocalDate s = spanStart.get();
        if (s.getDayOfYear() == 1 && dueOn.getMonthValue() == 12 && dueOn.getDayOfMonth() == 31) {
            if (s.getYear() == dueOn.getYear()) {
                return ru ? String.format("в течение %04d года", s.getYear()) : String.format("during %04d", s.getYear());
            }
            return ru ? String.format("в течение %04d–%04d годов", s.getYear(), dueOn.getYear())
                    : String.format("during %04d–%04d", s.getYear(), dueOn.getYear());
        }
        if (s.getDayOfMonth() == 1 && YearMonth.from(s).equals(YearMonth.from(dueOn))
                && dueOn.equals(YearMonth.from(s).atEndOfMonth())) {
            int m = s.getMonthValue() - 1;
            return ru ? String.format("в %s %04d года", RU_MONTH_PREPOSITIONAL[m], s.getYear())
                    : String.format("during %s %04d", EN_MONTH[m], s.getYear());
        }
        return ru ? "с " + Texts.ruDate(s) + " по " + Texts.ruDate(dueOn)
                : "from " + Texts.enDate(s) + " to " + Texts.enDate(dueOn);
    }

    /**
     * The period it is for, in words: «сентябрь 2021 года», «III квартал 2021 года», «с 02.09.2021
     * по 01.10.2021»; empty when it has none.
     *
     * @param language  the language, not null
     * @return the words, not null
     */
    public String describePeriod(Language language) {
        if (period.isEmpty()) {
            return "";
        }
        boolean ru = language == Language.RU;
        LocalDate s = period.get().startInclusive();
        LocalDate e = period.get().endInclusive();
        YearMonth first = YearMonth.from(s);
        if (s.getDayOfMonth() == 1 && e.equals(YearMonth.from(e).atEndOfMonth())) {
            long months = first.until(YearMonth.from(e), java.time.temporal.ChronoUnit.MONTHS) + 1;
            int m = s.getMonthValue() - 1;
            if (months == 1) {
                return ru ? String.format("%s %04d года", RU_MONTH_NOMINATIVE[m], s.getYear())
                        : String.format("%s %04d", EN_MONTH[m], s.getYear());
            }
            if (months == 3 && m % 3 == 0) {
                String q = new String[] {"I", "II", "III", "IV"}[m / 3];
                return ru ? String.format("%s квартал %04d года", q, s.getYear())
                        : String.format("Q%d %04d", m / 3 + 1, s.getYear());
            }
            if (months == 6 && m % 6 == 0) {
                return ru ? String.format("%s полугодие %04d года", m == 0 ? "первое" : "второе", s.getYear())
                        : String.format("the %s half of %04d", m == 0 ? "first" : "second", s.getYear());
            }
        }
        return ru ? "с " + Texts.ruDate(s) + " по " + Texts.ruDate(e) : "from " + Texts.enDate(s) + " to " + Texts.enDate(e);
    }

    static String ruMonthGenitive(int month) {
        return RU_MONTH_GENITIVE_OF[month - 1];
    }
}
