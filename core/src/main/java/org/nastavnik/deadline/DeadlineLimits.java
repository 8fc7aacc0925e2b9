package org.nastavnik.deadline;

import java.time.LocalDate;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;
import org.nastavnik.common.Language;
import org.nastavnik.common.Limits;

/**
 * Whether a deadline lies within the {@linkplain Limits documented bounds}: every date and year
 * it names from {@link Limits#MIN_DATE} to {@link Limits#MAX_DATE}, and its canonical phrase at
 * most {@link Limits#MAX_PHRASE_LENGTH} characters (so that it reads back as the same deadline).
 * The parser keeps a phrase outside them {@link Unrecognized}; a snapshot refuses a deadline
 * built outside them.
 */
public final class DeadlineLimits {

    private DeadlineLimits() {
    }

    /**
     * Why a deadline lies outside the bounds, if it does.
     *
     * @param deadline  the deadline, not null
     * @return the reason, such as "year 2500 must be a year from 1900 to 2200", or null when within
     */
    public static @Nullable String problem(Deadline deadline) {
        String dates = dates(deadline);
        if (dates != null) {
            return dates;
        }
        if (deadline instanceof Unrecognized u) {
            if (u.text().length() > Limits.MAX_TEXT_LENGTH) {
                return "its text is longer than " + Limits.MAX_TEXT_LENGTH + " characters (" + u.text().length() + ")";
            }
        } else {
            int length = deadline.toPhrase(Language.RU).length();
            if (length > Limits.MAX_PHRASE_LENGTH) {
                return "its phrase would be " + length + " characters, more than " + Limits.MAX_PHRASE_LENGTH;
            }
        }
        return null;
    }

    private static @Nullable String dates(Deadline d) {
        if (d instanceof OnDate o) {
            return date(o.date());
        } else if (d instanceof ByDate b) {
            return date(b.date());
        } else if (d instanceof DateSpan s) {
            return first(date(s.startInclusive()), date(s.endInclusive()));
        } else if (d instanceof FirstThenRecurring f) {
            return date(f.first());
        } else if (d instanceof InMonth m) {
            return month(m.month());
        } else if (d instanceof InMonths m) {
            for (YearMonth month : m.months()) {
                String p = month(month);
                if (p != null) {
                    return p;
                }
            }
            return null;
        } else if (d instanceof MonthRange r) {
            return first(month(r.first()), month(r.last()));
        } else if (d instanceof InQuarter q) {
            return year(q.year());
        } else if (d instanceof InHalfYear h) {
            return year(h.year());
        } else if (d instanceof InYear y) {
            return year(y.year());
        } else if (d instanceof InSchoolYear s) {
            return first(year(s.startYear()), year(s.startYear() + 1));
        } else if (d instanceof YearRange r) {
            return first(year(r.firstYear()), year(r.lastYear()));
        }
        return null;
    }

    private static @Nullable String first(@Nullable String a, @Nullable String b) {
        return a != null ? a : b;
    }

    private static @Nullable String date(LocalDate date) {
        return Limits.isWithin(date) ? null : "date " + date + " " + Limits.dateReason();
    }

    private static @Nullable String month(YearMonth month) {
        return year(month.getYear());
    }

    private static @Nullable String year(int year) {
        return Limits.isYearWithin(year) ? null : "year " + year + " " + Limits.yearReason();
    }
}
