package org.nastavnik.deadline;

import java.time.LocalDate;
import java.util.List;
import org.nastavnik.common.DateRange;
import org.nastavnik.common.Language;

/**
 * During a school year (в течение учебного года), 1 September to 31 August: «2021/2022 учебный
 * год». Due on 31 August.
 *
 * @param startYear  the calendar year in which the school year starts
 */
public record InSchoolYear(int startYear) implements Deadline {

    /**
     * Checks the year.
     *
     * @param startYear  the year the school year starts, four digits, its end too
     * @throws IllegalArgumentException if {@code startYear} or the next year does not have four digits
     */
    public InSchoolYear {
        Words.checkYear("startYear", startYear);
        Words.checkYear("startYear + 1", startYear + 1);
    }

    /**
     * Obtains a deadline during a school year.
     *
     * @param startYear  the calendar year in which the school year starts on 1 September
     * @return the deadline
     */
    public static InSchoolYear of(int startYear) {
        return new InSchoolYear(startYear);
    }

    /** @return 1 September of {@code startYear} to 31 August of the next year */
    public DateRange range() {
        return DateRange.schoolYear(startYear);
    }

    @Override
    public List<LocalDate> occurrences(DateRange period, EventDates events) {
        return Days.within(period, LocalDate.of(startYear + 1, 8, 31));
    }

    @Override
    public String toPhrase(Language language) {
        String years = Words.year4(startYear) + "/" + Words.year4(startYear + 1);
        return language == Language.RU ? years + " учебный год" : "the " + years + " school year";
    }
}
