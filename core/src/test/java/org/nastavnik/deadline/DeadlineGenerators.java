package org.nastavnik.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.nastavnik.common.DateRange;
import org.nastavnik.pbt.Gens;
import org.quicktheories.core.Gen;

/**
 * Generates deadlines of every kind, periods, dates and phrase-like noise for property tests.
 * Every choice shrinks: to the first kind of deadline, earlier dates, shorter texts.
 */
public final class DeadlineGenerators {
    /** The letters of generated free text: Russian, as the documents write it. */
    public static final String LETTERS = "абвгдежзийклмнопрстуфхцчшщыэюяАБВГДЕЖЗИКЛМНОПРСТУФЭЮЯ";

    /** The first date generated: 1 January 1990; dates run 110 years on from it. */
    public static final LocalDate FIRST_DATE = LocalDate.of(1990, 1, 1);

    private static final List<String> PHRASE_WORDS = List.of("до", "в", "срок", "течение", "всего", "периода", "с",
            "по", "на", "не", "позднее", "ежегодно", "ежемесячно", "ежеквартально", "еженедельно", "раз", "полугодие",
            "числа", "каждого", "месяца", "квартал", "IV", "V", "учебный", "год", "года", "гг", "г", "марта", "Март",
            "май", "декабря", "недель", "дней", "рабочих", "двух", "даты", "определения", "модели", "графику", "плану",
            "соответствии", "постоянно", "мере", "необходимости", "далее", "по понедельникам", "уч");

    private DeadlineGenerators() {
    }

    /** @return a deadline of any kind, each kind equally often */
    public static Gen<Deadline> deadlines() {
        return Gens.<Deadline>oneOf(List.of(
                dates().map(OnDate::of),
                dates().map(ByDate::of),
                yearMonths().map(InMonth::of),
                Gens.of(d -> {
                    // two to six different months, in any order
                    List<YearMonth> months = new ArrayList<>();
                    YearMonth m = d.draw(yearMonths());
                    for (int i = d.between(2, 6); i > 0; i--) {
                        months.add(m);
                        m = m.plusMonths(d.between(1, 24));
                    }
                    return InMonths.of(d.shuffled(months));
                }),
                Gens.of(d -> {
                    YearMonth m = d.draw(yearMonths());
                    return MonthRange.of(m, m.plusMonths(d.between(1, 30)));
                }),
                Gens.of(d -> InQuarter.of(d.draw(years()), d.between(1, 4))),
                Gens.of(d -> InHalfYear.of(d.draw(years()), d.between(1, 2))),
                years().map(InYear::of),
                years().map(InSchoolYear::of),
                Gens.of(d -> {
                    int y = d.draw(years());
                    return YearRange.of(y, y + d.between(1, 6));
                }),
                Gens.of(d -> {
                    LocalDate start = d.draw(dates());
                    return DateSpan.of(start, start.plusDays(d.between(1, 1000)));
                }),
                recurrings(),
                Gens.of(d -> FirstThenRecurring.of(d.draw(dates()), d.draw(recurrings()))),
                Gens.of(d -> Relative.of(d.between(1, 400), d.pick(Relative.Unit.class), d.draw(events()))),
                Gens.of(d -> d.maybe() ? Continuous.wholePeriod(d.draw(freeText())) : Continuous.always()),
                schedules(),
                Gens.of(d -> AsNeeded.of()),
                unrecognized()));
    }

    /** @return dates from {@link #FIRST_DATE} over 110 years */
    public static Gen<LocalDate> dates() {
        return Gens.of(d -> FIRST_DATE.plusDays(d.between(0, 366 * 110)));
    }

    /** @return years from 1990 to 2100 */
    public static Gen<Integer> years() {
        return Gens.of(d -> d.between(1990, 2100));
    }

    /** @return months of {@link #years()} */
    public static Gen<YearMonth> yearMonths() {
        return Gens.of(d -> YearMonth.of(d.draw(years()), d.between(1, 12)));
    }

    /** @return periods from one day to four years long */
    public static Gen<DateRange> periods() {
        return Gens.of(d -> {
            LocalDate start = d.draw(dates());
            return DateRange.of(start, start.plusDays(d.between(0, 366 * 4)));
        });
    }

    /** @return up to twelve dates, repeats possible */
    public static Gen<List<LocalDate>> someDates() {
        return Gens.lists(dates(), 0, 12);
    }

    /** @return phrase-like noise: real words, numbers and separators in random order, up to twelve pieces */
    public static Gen<String> phraseLike() {
        Gen<String> pieces = Gens.oneOf(List.of(
                Gens.of(d -> d.pick(PHRASE_WORDS)),
                Gens.of(d -> String.valueOf(d.between(0, 40))),
                Gens.of(d -> String.valueOf(d.between(1990, 2030))),
                Gens.pick(".", ",", "-", "–", "/", ";", "\u00a0", "\n", "«", "»", " ", "  ")));
        return Gens.lists(pieces, 0, 12).map(l -> String.join(" ", l));
    }

    /** @return the words after a deadline's kind: a few known ones, or Russian letters and spaces */
    public static Gen<String> freeText() {
        return Gens.oneOf(List.of(
                Gens.pick("", "реализации ЦМН", "ГБОУ ИРО", "ОО", "МКУ СЦРО", "ОГАОУ ДПО «БелИРО»",
                        "реализации программ наставничества в ОО", "учебного года", "мая 2022 года"),
                Gens.strings(LETTERS + " \u00a0\n«»-.,", 0, 40)));
    }

    /** @return events a deadline counts from: named ones, known words or Russian words */
    public static Gen<EventRef> events() {
        return Gens.oneOf(List.of(
                Gens.of(d -> EventRef.of(d.pick(NamedEvent.class))),
                Gens.of(d -> EventRef.of(d.pick(List.of("получения запроса от ОО",
                        "публикации результатов мониторинга", "окончания четверти")))),
                Gens.strings(LETTERS + " ", 1, 30).assuming(s -> !s.isBlank()).map(EventRef::of)));
    }

    /** @return deadlines by an external schedule */
    public static Gen<BySchedule> schedules() {
        return Gens.of(d -> BySchedule.of(d.pick(BySchedule.Kind.class), d.draw(freeText())));
    }

    /** @return recurring deadlines of every kind, with or without an external schedule */
    public static Gen<Recurring> recurrings() {
        Gen<MonthDay> days = dates().map(MonthDay::from);
        Gen<Recurring> plain = Gens.oneOf(List.of(
                Gens.of(d -> Recurring.of(d.pick(Recurring.Frequency.class))),
                Gens.of(d -> Recurring.weeklyOn(d.pick(DayOfWeek.class))),
                Gens.of(d -> Recurring.monthlyOn(d.between(1, 31))),
                Gens.of(d -> Recurring.monthlyBy(d.between(1, 31))),
                Gens.of(d -> Recurring.quarterlyAfterBy(d.between(1, 31))),
                Gens.of(d -> Recurring.quarterlyOn(d.between(1, 31))),
                Gens.of(d -> Recurring.yearlyIn(d.pick(Month.class))),
                days.map(Recurring::yearlyOn),
                days.map(Recurring::yearlyBy)));
        return Gens.of(d -> {
            Recurring r = d.draw(plain);
            BySchedule s = d.draw(schedules());
            return d.maybe() ? r.withSchedule(s) : r;
        });
    }

    /** @return what the parser could not read: Russian letters and punctuation up to 30 long */
    public static Gen<Deadline> unrecognized() {
        return Gens.strings(LETTERS + " .,-!?", 0, 30)
                .map(text -> DeadlineParser.parse(text))
                .assuming(d -> d instanceof Unrecognized);
    }
}
