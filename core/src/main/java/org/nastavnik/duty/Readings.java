package org.nastavnik.duty;

import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import org.nastavnik.deadline.ByDate;
import org.nastavnik.deadline.Deadline;
import org.nastavnik.deadline.FirstThenRecurring;
import org.nastavnik.deadline.InMonth;
import org.nastavnik.deadline.InMonths;
import org.nastavnik.deadline.MonthRange;
import org.nastavnik.deadline.Recurring;
import org.nastavnik.common.Language;

/**
 * Readings of a deadline that a person could take two ways, explained for a finding's evidence:
 * «до 1 января 2021 года» (the first of January, or the end of the year before), a quarterly duty
 * anchored on a day that is not a quarter's end («на 15.12.2020, ежеквартально»), a report due a
 * number of days after each quarter, «по итогам …» without a day, the half-years of a school year.
 */
public final class Readings {

    private Readings() {
    }

    /**
     * @param deadline  the deadline as read, not null
     * @param text  the cell as the document wrote it, not null
     * @param language  the language, not null
     * @return how it was read where another reading is possible, or an empty string
     */
    public static String explain(Deadline deadline, String text, Language language) {
        boolean ru = language == Language.RU;
        String lower = text.toLowerCase(Locale.ROOT).replace('ё', 'е').replace('і', 'i'); // a Cyrillic «І» as a Roman one
        if (deadline instanceof ByDate b && b.date().getDayOfYear() == 1) {
            int y = b.date().getYear();
            return ru ? String.format("«до 1 января %04d года» прочитано как «не позднее 01.01.%04d»; можно понять и как "
                    + "«до конца %04d года» — тогда срок на день раньше", y, y, y - 1)
                    : String.format("“by 1 January %04d” is read as “on or before 1 January %04d”; it may also mean "
                    + "“by the end of %04d”, a day earlier", y, y, y - 1);
        }
        if (deadline instanceof FirstThenRecurring f && f.then().frequency() == Recurring.Frequency.QUARTERLY
                && f.then().dayOfMonth().isEmpty() && !isQuarterEnd(f.first())) {
            return ru ? "первый срок " + Texts.ruDate(f.first()) + " засчитан за свой квартал; далее срок — последний "
                    + "день каждого следующего квартала, а не " + f.first().getDayOfMonth() + "-е число"
                    : "the first due day, " + Texts.enDate(f.first()) + ", stands for its quarter; after it each "
                    + "quarter is due on its last day, not on day " + f.first().getDayOfMonth();
        }
        if (deadline instanceof FirstThenRecurring f && f.then().frequency() == Recurring.Frequency.QUARTERLY
                && f.then().dayOfMonth().isPresent() && !f.then().by()) {
            int d = f.then().dayOfMonth().getAsInt();
            return ru ? "первый срок " + Texts.ruDate(f.first()) + "; далее «ежеквартально» прочитано от него: "
                    + d + "-е число последнего месяца каждого квартала (март, июнь, сентябрь, декабрь), а не последний "
                    + "день квартала"
                    : "the first due day is " + Texts.enDate(f.first()) + "; “quarterly” is read from it: day " + d
                    + " of each quarter's last month (March, June, September, December), not the quarter's last day";
        }
        if (deadline instanceof Recurring r && r.frequency() == Recurring.Frequency.QUARTERLY
                && r.dayOfMonth().isPresent() && r.by()) {
            int d = r.dayOfMonth().getAsInt();
            boolean named = lower.contains("следующ");
            return ru ? "отчёт за квартал засчитывается, если представлен до " + d + "-го числа месяца, следующего за "
                    + "кварталом, включительно" + (named ? "" : "; месяц в тексте не назван: можно понять и как "
                    + d + "-е число последнего месяца квартала")
                    : "a quarter's report counts when made by day " + d + " of the month after the quarter, inclusive"
                    + (named ? "" : "; the text names no month: it may also mean day " + d
                    + " of the quarter's last month");
        }
        String halfYear = halfYearReading(deadline, lower, ru);
        if (!halfYear.isEmpty()) {
            return halfYear;
        }
        if (endsSchoolYear(deadline) && lower.contains("учебн")) {
            return ru ? "конец учебного года прочитан как 31 мая (окончание учебных занятий); формально учебный год "
                    + "длится до 31 августа — тогда срок позже"
                    : "the end of the school year is read as 31 May (the end of classes); formally the school year "
                    + "runs to 31 August, a later due day";
        }
        if (deadline instanceof Recurring r && r.dayOfMonth().isEmpty() && r.schedule().isEmpty()
                && (lower.contains("итогам") || lower.contains("конце") || lower.contains("конец"))
                && !lower.contains("ежегодно") && !lower.contains("ежеквартально") && !lower.contains("ежемесячно")
                && !lower.contains("полугодно")) {
            String each = switch (r.frequency()) {
                case MONTHLY -> ru ? "каждый месяц" : "each month";
                case QUARTERLY -> ru ? "каждый квартал" : "each quarter";
                case HALF_YEARLY -> ru ? "каждое полугодие" : "each half-year";
                case YEARLY -> ru ? "каждый год" : "each year";
                case WEEKLY -> ru ? "каждую неделю" : "each week";
            };
            return ru ? "период без номера и года прочитан как " + each + ", срок — последний день периода"
                    + (r.month().isPresent() ? " (последний месяц года)" : "") + "; можно понять и как один раз"
                    : "a period with no number or year is read as " + each + ", due on the period's last day"
                    + (r.month().isPresent() ? " (the year's last month)" : "") + "; it may also mean once";
        }
        if (deadline instanceof Recurring r && r.frequency() == Recurring.Frequency.MONTHLY && r.by()
                && lower.contains("следующего за")) {
            int d = r.dayOfMonth().getAsInt();
            return ru ? "отчёт за месяц засчитывается, если представлен до " + d + "-го числа следующего месяца "
                    + "включительно; в сведениях о периоде указан месяц срока, а не отчётный"
                    : "a month's report counts when made by day " + d + " of the next month, inclusive; the period "
                    + "shown is the month of the due day, not the month reported";
        }
        if (deadline instanceof InMonths m && lower.chars().noneMatch(Character::isDigit)
                && m.months().get(0).getYear() != m.months().get(m.months().size() - 1).getYear()) {
            // «декабрь, май»: the months of a school year, once, or every school year of a longer roadmap
            String read = m.toPhrase(language);
            return ru ? "месяцы без года прочитаны один раз, ближайшие от начала периода: " + read
                    + "; если имеются в виду эти месяцы каждого года, сроки повторяются ежегодно"
                    : "months with no year are read once, the first from the period's start: " + read
                    + "; if they mean these months of every year, the due days recur each year";
        }
        if (lower.contains("по итогам")) {
            return ru ? "«по итогам …» без дня: срок — последний день периода (с учётом льготных дней)"
                    : "“on the results of …” names no day: the period's last day is the due day (with the grace days)";
        }
        if (deadline instanceof MonthRange m && lower.contains("полугоди") && lower.contains("учебн")) {
            return ru ? "полугодие учебного года: первое — сентябрь–декабрь, второе — январь–май (до окончания учебных "
                    + "занятий; формально учебный год длится до 31 августа); здесь " + Texts.ruDate(m.first().atDay(1)) + " – " + Texts.ruDate(m.last().atEndOfMonth())
                    : "a school half-year: the first is September to December, the second January to May (the end "
                    + "of classes; formally the school year runs to 31 August); here " + Texts.enDate(m.first().atDay(1)) + " to "
                    + Texts.enDate(m.last().atEndOfMonth());
        }
        return "";
    }

    /** The last day or month of a half-year read from «по итогам … полугодия» or «конец … полугодия». */
    private static String halfYearReading(Deadline deadline, String lower, boolean ru) {
        if (!lower.contains("полугоди") || !(lower.contains("итогам") || lower.contains("конц")
                || lower.contains("конец") || lower.contains("окончани"))) {
            return "";
        }
        LocalDate last;
        if (deadline instanceof ByDate b) {
            last = b.date();
        } else if (deadline instanceof InMonth m) {
            last = m.month().atEndOfMonth();
        } else {
            return "";
        }
        boolean first = lower.matches("(?s).*(\\bi\\b|\\b1\\b|перво).*") && !lower.matches("(?s).*(\\bii\\b|\\b2\\b|втор).*");
        boolean school = lower.contains("учебн");
        int month = last.getMonthValue();
        String day = ru ? Texts.ruDate(last) : Texts.enDate(last);
        if (month == 12 && first) {
            return ru ? "первое полугодие прочитано как полугодие учебного года (сентябрь–декабрь), срок " + day
                    + (school ? "" : "; если понимать календарное полугодие, срок — 30 июня")
                    : "the first half-year is read as the school year's (September to December), due " + day
                    + (school ? "" : "; as a calendar half-year it would be due on 30 June");
        }
        if (month == 6) {
            return ru ? "первое полугодие прочитано как календарное (январь–июнь), срок " + day
                    + "; если понимать полугодие учебного года, срок — 31 декабря"
                    : "the first half-year is read as the calendar one (January to June), due " + day
                    + "; as the school year's it would be due on 31 December";
        }
        if (month == 5) {
            return ru ? "второе полугодие прочитано как полугодие учебного года (январь–май), срок " + day
                    + "; формально учебный год длится до 31 августа"
                    + (school ? "" : ", а календарное полугодие — до 31 декабря")
                    : "the second half-year is read as the school year's (January to May), due " + day
                    + "; formally the school year runs to 31 August"
                    + (school ? "" : ", and the calendar half-year to 31 December");
        }
        if (month == 12) {
            return ru ? "второе полугодие прочитано как календарное (июль–декабрь), срок " + day
                    + "; если понимать полугодие учебного года, срок — 31 мая"
                    : "the second half-year is read as the calendar one (July to December), due " + day
                    + "; as the school year's it would be due on 31 May";
        }
        return "";
    }

    /** A deadline read from «конец учебного года» or «по итогам учебного года»: 31 May or May. */
    private static boolean endsSchoolYear(Deadline deadline) {
        if (deadline instanceof ByDate b) {
            return b.date().getMonth() == Month.MAY && b.date().getDayOfMonth() == 31;
        }
        if (deadline instanceof InMonth m) {
            return m.month().getMonth() == Month.MAY;
        }
        return deadline instanceof Recurring r && r.month().equals(java.util.Optional.of(Month.MAY))
                && r.dayOfMonth().isEmpty();
    }

    private static boolean isQuarterEnd(LocalDate d) {
        return d.getMonthValue() % 3 == 0 && d.getDayOfMonth() == d.lengthOfMonth();
    }
}
