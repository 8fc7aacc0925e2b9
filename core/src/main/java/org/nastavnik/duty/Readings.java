package org.nastavnik.duty;

import java.time.LocalDate;
import java.util.Locale;
import org.nastavnik.deadline.ByDate;
import org.nastavnik.deadline.Deadline;
import org.nastavnik.deadline.FirstThenRecurring;
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
        String lower = text.toLowerCase(Locale.ROOT).replace('ё', 'е');
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
            return ru ? "отчёт за квартал засчитывается, если представлен до " + d + "-го числа месяца, следующего за "
                    + "кварталом, включительно"
                    : "a quarter's report counts when made by day " + d + " of the month after the quarter, inclusive";
        }
        if (lower.contains("по итогам")) {
            return ru ? "«по итогам …» без дня: срок — последний день периода (с учётом льготных дней)"
                    : "“on the results of …” names no day: the period's last day is the due day (with the grace days)";
        }
        if (deadline instanceof MonthRange m && lower.contains("полугоди") && lower.contains("учебн")) {
            return ru ? "полугодие учебного года: первое — сентябрь–декабрь, второе — январь–август (до конца учебного "
                    + "года); здесь " + Texts.ruDate(m.first().atDay(1)) + " – " + Texts.ruDate(m.last().atEndOfMonth())
                    : "a school half-year: the first is September to December, the second January to August (the end "
                    + "of the school year); here " + Texts.enDate(m.first().atDay(1)) + " to "
                    + Texts.enDate(m.last().atEndOfMonth());
        }
        return "";
    }

    private static boolean isQuarterEnd(LocalDate d) {
        return d.getMonthValue() % 3 == 0 && d.getDayOfMonth() == d.lengthOfMonth();
    }
}
